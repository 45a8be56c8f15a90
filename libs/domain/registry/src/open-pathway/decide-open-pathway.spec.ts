import type { PathwayType } from '@titrepro/domain-rulebook';
import { CANDIDATE, OTHER_TITLE, on, pathwayOpened, registered, RETIRED_TITLE, spec, TSGERI, withdrawn } from '../spec-support/candidate-fixtures';
import type { OpenPathway, OpenPathwayData } from './open-pathway.command';

const command = (pathwayType: PathwayType = 'vae', titleCode = TSGERI, overrides: Partial<OpenPathwayData> = {}): OpenPathway => ({
  type: 'OpenPathway',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-2', titleCode, pathwayType, ...overrides },
});

describe('OpenPathway (decider)', () => {
  it('opens a pathway on a title in force, recording its version, the rulebook and rule PATHWAY', () => {
    expect(spec.given([registered()]).when(command('continuous-training'), on('2025-03-10'))).toEqual({
      ok: true,
      value: [
        {
          type: 'PathwayOpened',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-2',
            titleCode: TSGERI,
            titleVersion: 1,
            pathwayType: 'continuous-training',
            openedOn: '2025-03-10',
            trace: {
              rulebookId: 'seed-2009',
              // The facts PATHWAY read (the candidate's open pathways: none), kept so an audit re-runs it.
              rules: [
                {
                  ruleId: 'PATHWAY',
                  subject: null,
                  facts: { titleCode: TSGERI, requestedType: 'continuous-training', openPathways: [] },
                  passed: true,
                  explanation: expect.objectContaining({ fr: expect.any(String) }) as unknown,
                  details: null,
                },
              ],
              evidence: [],
              reads: [],
            },
          },
        },
      ],
    });
  });

  it.each(['continuous-training', 'vae', 'discontinuous-training'] as const)('opens a %s pathway', (type) => {
    expect(spec.given([registered()]).when(command(type), on('2025-03-10')).ok).toBe(true);
  });

  it('leads to an open pathway with no admissibility requested', () => {
    expect(spec.given([registered(), pathwayOpened('p-1')]).state()).toMatchObject({
      pathways: [{ pathwayId: 'p-1', titleCode: TSGERI, type: 'vae', status: 'open', vaeAdmissibility: { status: 'not-requested' } }],
    });
  });

  it('refuses a second pathway for the same title (PATHWAY), even of another type', () => {
    const result = spec.given([registered(), pathwayOpened('p-1', 'vae')]).when(command('discontinuous-training'), on('2025-03-10'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'PATHWAY', rulebookId: 'seed-2009' } });
    expect(!result.ok && result.error.kind === 'rule-violation' && result.error.explanation.fr).toContain('un seul parcours par titre');
  });

  it('allows a pathway for another title alongside (PATHWAY is per title)', () => {
    expect(spec.given([registered(), pathwayOpened('p-1')]).when(command('vae', OTHER_TITLE), on('2025-03-10')).ok).toBe(true);
  });

  it('allows a new pathway for a title once the previous one was withdrawn', () => {
    expect(spec.given([registered(), pathwayOpened('p-1'), withdrawn('p-1')]).when(command('continuous-training'), on('2025-03-10')).ok).toBe(true);
  });

  it('refuses an unknown title, naming it', () => {
    expect(spec.given([registered()]).when(command('vae', 'TP-99999'), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'not-found', entity: 'title', id: 'TP-99999', message: 'title TP-99999 does not exist' },
    });
  });

  it('refuses a title no longer in force at the decision date, naming it', () => {
    expect(spec.given([registered()]).when(command('vae', RETIRED_TITLE), on('2016-01-01'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `title ${RETIRED_TITLE} (RETIRED) is not in force on 2016-01-01` },
    });
    expect(spec.given([registered()]).when(command('vae', RETIRED_TITLE), on('2015-12-31')).ok).toBe(true);
  });

  it('refuses a decision taken before any rulebook was in force', () => {
    expect(spec.given([registered()]).when(command(), on('2009-03-19'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'no rulebook is in force on 2009-03-19' },
    });
  });

  it('refuses a pathway id already used', () => {
    expect(spec.given([registered(), pathwayOpened('p-2', 'vae', OTHER_TITLE)]).when(command(), on('2025-03-10'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: 'pathway p-2 already exists' },
    });
  });

  it('refuses an unregistered candidate', () => {
    expect(spec.given([]).when(command(), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'candidate', id: CANDIDATE } });
  });

  it("refuses an office acting for another region's candidate", () => {
    expect(spec.given([registered()]).when(command('vae', TSGERI, { actingRegion: 'ara' }), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: `candidate ${CANDIDATE}'s home region is idf; region ara may not act for them` },
    });
  });
});
