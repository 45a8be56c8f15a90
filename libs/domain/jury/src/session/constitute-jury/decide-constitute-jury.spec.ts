import { aFile, BEFORE, constitute, convene, deliberate, errorOf, M1, M2, member, play, schedule, SESSION_DAY, spec, TITLE_AWARDED, TRAINER_MEMBER, TSGERI } from '../../spec-support/session-fixtures';
import { parseConstituteJury } from './constitute-jury.command';

const scheduled = () => play([[schedule(), BEFORE]]);
const TRAINED = aFile({ assessorIds: ['trainer-1'] });

describe('ConstituteJury (decider)', () => {
  it('names the jury under JURY-PROFESSIONALS, once for the jury alone while nobody is convened', () => {
    expect(spec.given(scheduled()).when(constitute(), BEFORE)).toEqual({
      ok: true,
      value: [
        {
          type: 'JuryConstituted',
          data: {
            sessionId: 's-1',
            members: [M1, M2],
            presidentId: 'm-1',
            rulebookId: 'seed-2009',
            ruleApplications: [
              {
                ruleId: 'JURY-PROFESSIONALS',
                subject: null,
                facts: {
                  members: [
                    { personId: 'm-1', professional: true, trainerOfCandidate: false },
                    { personId: 'm-2', professional: true, trainerOfCandidate: false },
                  ],
                },
                passed: true,
                explanation: { fr: "Jury de 2 professionnel(s), aucun n'a formé le candidat.", en: 'Jury of 2 professional(s), none of whom trained the candidate.' },
                details: null,
              },
            ],
            constitutedOn: '2025-06-02',
          },
        },
      ],
    });
  });

  it('applies JURY-PROFESSIONALS once per convened candidate', () => {
    const convened = play([[convene(aFile()), BEFORE], [convene(aFile({ candidateId: 'c-2' })), BEFORE]], scheduled());
    const result = spec.given(convened).when(constitute([M1, M2], [aFile(), aFile({ candidateId: 'c-2' })]), BEFORE);
    expect(result).toMatchObject({ ok: true, value: [{ data: { ruleApplications: [{ subject: 'c-1', passed: true }, { subject: 'c-2', passed: true }] } }] });
  });

  it("refuses a member who trained a convened candidate, naming the member and the rule", () => {
    const convened = play([[convene(TRAINED), BEFORE]], scheduled());
    const error = errorOf(spec.given(convened).when(constitute([M1, TRAINER_MEMBER], [TRAINED]), BEFORE));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'JURY-PROFESSIONALS', rulebookId: 'seed-2009' });
    expect(error.message).toBe('JURY-PROFESSIONALS: Member(s) who trained the candidate: m-trainer.');
  });

  it('refuses a member not habilitated for the title, naming them', () => {
    const error = errorOf(spec.given(scheduled()).when(constitute([M1, member('m-3', { titleCodes: ['TP-00002'] })]), BEFORE));
    expect(error).toMatchObject({ kind: 'rule-violation', ruleId: 'JURY-PROFESSIONALS', message: 'JURY-PROFESSIONALS: Member(s) who are not professionals: m-3.' });
  });

  it('names the jury again before the first deliberation, and refuses to once the jury deliberated', () => {
    const named = play([[constitute([M1]), BEFORE]], scheduled());
    expect(spec.given(named).when(constitute([M1, M2]), BEFORE).ok).toBe(true);
    const deliberated = play([[convene(aFile()), BEFORE], [deliberate(TITLE_AWARDED), SESSION_DAY]], named);
    expect(spec.given(deliberated).when(constitute([M1, M2], [aFile()]), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'the jury of session s-1 has deliberated (decision d-c-1): it can no longer change' },
    });
  });

  it('needs the files of exactly the convened candidates', () => {
    const convened = play([[convene(aFile()), BEFORE]], scheduled());
    expect(spec.given(convened).when(constitute([M1], []), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'candidates' } });
    expect(spec.given(convened).when(constitute([M1], [aFile(), aFile({ candidateId: 'c-9' })]), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'candidates[1]' } });
  });

  it('refuses a session that is not scheduled', () => {
    expect(spec.given([]).when(constitute(), BEFORE)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'validation session', id: 's-1' } });
  });
});

describe('parseConstituteJury', () => {
  const input = { sessionId: 's-1', members: [M1, M2], candidates: [] };
  it.each([
    ['members', { members: [] }],
    ['members', { members: Array.from({ length: 8 }, (_, index) => member(`m-${index}`)) }],
    ['members', { members: [M1, M1] }],
    ['members[0].titleCodes', { members: [{ ...M1, titleCodes: [] }] }],
    ['members[0].assessorId', { members: [{ ...M1, assessorId: undefined }] }],
    ['candidates[0].homeRegion', { candidates: [{ ...aFile(), homeRegion: 'IDF' }] }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseConstituteJury({ ...input, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it('accepts one to seven distinct members habilitated for titles', () => {
    expect(parseConstituteJury(input)).toMatchObject({ ok: true, value: { type: 'ConstituteJury', data: { members: [{ titleCodes: [TSGERI, 'TP-00002'] }, {}] } } });
  });
});
