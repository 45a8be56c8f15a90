import { REDACTED } from '@titrepro/domain-kernel';
import { FACTS_UNKNOWN, rerunTrace } from '@titrepro/domain-rulebook';
import * as fixtures from '../spec-support/candidate-fixtures';
import { aWholeLife } from '../spec-support/whole-life';
import { type CandidateEvent, candidateEvents } from './candidate-event-catalogue';

/** As the event store hands an event back: JSON, with its schema version. */
const stored = (event: CandidateEvent, data: unknown = event.data) => ({
  type: event.type,
  schemaVersion: candidateEvents.storageOf(event).schemaVersion,
  data: JSON.parse(JSON.stringify(data)) as unknown,
});

describe('candidateEvents.read (stored → domain event)', () => {
  it('reads back every event the decider emits, through JSON, unchanged', () => {
    const life = aWholeLife();
    expect(new Set(life.map((event) => event.type))).toEqual(new Set(candidateEvents.types));
    for (const event of life) expect(candidateEvents.read(stored(event))).toEqual({ ok: true, value: event });
  });

  it("reads an erased candidate's personal fields as REDACTED", () => {
    const event = fixtures.registered();
    const erased = { ...event.data, familyName: REDACTED, givenNames: REDACTED, birthDate: REDACTED, contact: REDACTED };
    expect(candidateEvents.read(stored(event, erased))).toEqual({ ok: true, value: { type: 'CandidateRegistered', data: erased } });
  });

  it.each([
    ['familyName', 'a family name that is not text', fixtures.registered(), { familyName: 42 }],
    ['region', 'REDACTED in a field that is not personal', fixtures.registered(), { region: REDACTED }],
    ['birthDate', 'a birth date that does not exist', fixtures.registered(), { birthDate: '1990-02-30' }],
    ['openedOn', 'a day that does not exist', fixtures.pathwayOpened('p-1'), { openedOn: '2025-02-30' }],
    ['trace', 'a decision without its trace', fixtures.pathwayOpened('p-1'), { trace: undefined }],
    ['experiencePeriods.0.capacity', 'an unknown capacity', fixtures.vaeRequested('p-1', [fixtures.experience('2020-01-01', '2024-01-01')]), { experiencePeriods: [{ start: '2020-01-01', end: '2024-01-01', capacity: 'freelance', relatedToTitle: true }] }],
    ['outcome', 'an unknown outcome', fixtures.vaeDecided('p-1', 'admissible'), { outcome: 'maybe' }],
    ['extra', 'a field the event does not have', fixtures.erased(), { extra: 'x' }],
  ])('refuses a malformed event, naming %s (%s)', (field, _what, event, change) => {
    const read = candidateEvents.read(stored(event, { ...event.data, ...change }));
    expect(read).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
    expect(!read.ok && read.error.message).toContain(field);
    expect(!read.ok && read.error.message).toMatch(new RegExp(`^${event.type}: `));
  });

  it('refuses an unknown type, or a schema version newer than this code', () => {
    expect(candidateEvents.read({ type: 'CandidateRenamed', schemaVersion: 1, data: {} })).toMatchObject({ ok: false, error: { reason: 'unknown-type' } });
    expect(candidateEvents.read({ ...stored(fixtures.erased()), schemaVersion: 2 })).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
    expect(candidateEvents.read({ ...stored(fixtures.pathwayOpened('p-1')), schemaVersion: 3 })).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
  });

  describe('decisions stored before the trace (version 1), read back upcast to it', () => {
    const V1_DECIDED = {
      candidateId: fixtures.CANDIDATE,
      pathwayId: 'p-1',
      titleCode: fixtures.TSGERI,
      decidedOn: '2024-05-02',
      outcome: 'not-admissible',
      reason: 'Moins de trois ans.',
      rulebookId: 'seed-2009',
      ruleIds: ['VAE-EXPERIENCE'],
      experienceMonths: 24,
      requiredMonths: 36,
      ruleOutcomes: [{ ruleId: 'VAE-EXPERIENCE', passed: false, explanation: { fr: 'condition non remplie', en: 'condition not met' } }],
    };
    const V1_OPENED = { candidateId: fixtures.CANDIDATE, pathwayId: 'p-1', titleCode: fixtures.TSGERI, titleVersion: 1, pathwayType: 'vae', openedOn: '2024-02-01', rulebookId: 'seed-2009', ruleIds: ['PATHWAY'] };

    it('VaeAdmissibilityDecided v1: its verdicts and months kept, the facts it never recorded marked unknown, nothing cited', () => {
      const read = candidateEvents.read({ type: 'VaeAdmissibilityDecided', schemaVersion: 1, data: V1_DECIDED });
      expect(read).toEqual({
        ok: true,
        value: {
          type: 'VaeAdmissibilityDecided',
          data: {
            candidateId: fixtures.CANDIDATE,
            pathwayId: 'p-1',
            titleCode: fixtures.TSGERI,
            decidedOn: '2024-05-02',
            outcome: 'not-admissible',
            reason: 'Moins de trois ans.',
            experienceMonths: 24,
            requiredMonths: 36,
            trace: {
              rulebookId: 'seed-2009',
              rules: [
                {
                  ruleId: 'VAE-EXPERIENCE',
                  subject: null,
                  facts: FACTS_UNKNOWN,
                  passed: false,
                  explanation: { fr: 'condition non remplie', en: 'condition not met' },
                  details: { experienceMonths: 24, requiredMonths: 36 },
                },
              ],
              evidence: [],
              reads: [],
            },
          },
        },
      });
      // Re-running says which rules wait for their facts to be re-derived from the stream.
      expect(read.ok && rerunTrace(read.value.type === 'VaeAdmissibilityDecided' ? read.value.data.trace : { rulebookId: 'x', rules: [] })).toMatchObject({
        consistent: false,
        rules: [{ ruleId: 'VAE-EXPERIENCE', agreement: 'facts-unknown', rerun: null }],
      });
      // Its metadata summary is unchanged by the upcast.
      expect(read.ok && candidateEvents.storageOf(read.value)).toMatchObject({ schemaVersion: 2, decision: { rulebookId: 'seed-2009', ruleIds: ['VAE-EXPERIENCE'] } });
    });

    it('PathwayOpened v1: PATHWAY passed (a refused pathway writes no event), its facts and explanation unknown', () => {
      expect(candidateEvents.read({ type: 'PathwayOpened', schemaVersion: 1, data: V1_OPENED })).toMatchObject({
        ok: true,
        value: { data: { openedOn: '2024-02-01', trace: { rulebookId: 'seed-2009', rules: [{ ruleId: 'PATHWAY', facts: FACTS_UNKNOWN, passed: true }], evidence: [], reads: [] } } },
      });
      expect(candidateEvents.read({ type: 'PathwayOpened', schemaVersion: 1, data: V1_OPENED })).not.toMatchObject({ value: { data: { ruleIds: expect.anything() as unknown } } });
    });

    it('a v2 decision re-runs from its own trace and agrees', () => {
      const decided = fixtures.vaeDecided('p-1', 'admissible');
      const read = candidateEvents.read(stored(decided));
      expect(read.ok && read.value.type === 'VaeAdmissibilityDecided' && rerunTrace(read.value.data.trace)).toMatchObject({ consistent: true, rules: [{ agreement: 'agrees' }] });
    });
  });
});
