import { REDACTED } from '@titrepro/domain-kernel';
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
    ['rulebookId', 'a decision without its rulebook', fixtures.pathwayOpened('p-1'), { rulebookId: undefined }],
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
  });
});
