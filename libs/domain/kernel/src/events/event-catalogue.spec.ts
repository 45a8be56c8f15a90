import { z } from 'zod';
import type { DomainEvent } from '../decider';
import { defineEvent } from './event-descriptor';
import { eventCatalogue, eventCatalogueOf, type EventOf } from './event-catalogue';
import { REDACTED, revealed, type Personal } from './personal';
import { acceptsRedacted, personal } from './personal-schema';

type Named = DomainEvent<'Named', { readonly personId: string; readonly name: Personal<string>; readonly on: string }>;
type Ruled = DomainEvent<'Ruled', { readonly personId: string; readonly outcome: 'yes' | 'no'; readonly ruleIds: readonly string[] }>;
type Sample = Named | Ruled;

const catalogue = eventCatalogueOf<Sample>({
  Named: defineEvent<Named>({
    type: 'Named',
    schemaVersion: 2,
    schema: z.object({ personId: z.string(), name: personal(z.string()), on: z.string() }),
    personal: { subject: (data) => data.personId, fields: ['name'] },
    describe: (data) => ({ fr: `Nommé le ${data.on}`, en: `Named on ${data.on}` }),
    // Version 1 called the date `date`.
    upcasters: { 1: (data) => { const { date, ...rest } = data as { date: string }; return { ...rest, on: date }; } },
  }),
  Ruled: defineEvent<Ruled>({
    type: 'Ruled',
    schemaVersion: 1,
    schema: z.object({ personId: z.string(), outcome: z.enum(['yes', 'no']), ruleIds: z.array(z.string()) }),
    decision: (data) => ({ rulebookId: 'seed-2009', rules: data.ruleIds.map((ruleId) => ({ ruleId })) }),
    describe: (data) => ({ fr: `Décidé : ${data.outcome}`, en: `Decided: ${data.outcome}` }),
  }),
});

describe('event catalogue (descriptors)', () => {
  it('tells the store the version, the personal fields with their subject, and the decision trace', () => {
    expect(catalogue.storageOf({ type: 'Named', data: { personId: 'p-1', name: 'Ada', on: '2025-01-02' } })).toEqual({
      schemaVersion: 2,
      personal: { subjectId: 'p-1', fields: ['name'] },
    });
    expect(catalogue.storageOf({ type: 'Ruled', data: { personId: 'p-1', outcome: 'no', ruleIds: ['R-1'] } })).toEqual({
      schemaVersion: 1,
      decision: { rulebookId: 'seed-2009', ruleIds: ['R-1'] },
    });
  });

  it('reads a stored event back: upcast from an older version, then validated', () => {
    expect(catalogue.read({ type: 'Named', schemaVersion: 1, data: { personId: 'p-1', name: 'Ada', date: '2024-05-06' } })).toEqual({
      ok: true,
      value: { type: 'Named', data: { personId: 'p-1', name: 'Ada', on: '2024-05-06' } },
    });
  });

  describe('upcasting (the descriptors\' upcasters: the one mechanism, on every read path)', () => {
    type Three = DomainEvent<'Three', { readonly firstName: string; readonly lastName: string | null; readonly nationality: string }>;
    const three = eventCatalogueOf<Three>({
      Three: defineEvent<Three>({
        type: 'Three',
        schemaVersion: 3,
        schema: z.strictObject({ firstName: z.string(), lastName: z.string().nullable(), nationality: z.string() }),
        describe: (data) => ({ fr: data.firstName, en: data.firstName }),
        upcasters: {
          1: (data) => ({ firstName: (data as { name: string }).name, lastName: null }),
          2: (data) => ({ ...(data as object), nationality: 'unknown' }),
        },
      }),
    });

    it('brings a version 1 event to the newest version through every step', () => {
      expect(three.read({ type: 'Three', schemaVersion: 1, data: { name: 'Lina' } })).toEqual({ ok: true, value: { type: 'Three', data: { firstName: 'Lina', lastName: null, nationality: 'unknown' } } });
      expect(three.read({ type: 'Three', schemaVersion: 2, data: { firstName: 'Lina', lastName: 'B' } })).toMatchObject({ ok: true, value: { data: { lastName: 'B', nationality: 'unknown' } } });
    });

    it('leaves a current event as it is', () => {
      const data = { firstName: 'Lina', lastName: null, nationality: 'fr' };
      expect(three.read({ type: 'Three', schemaVersion: 3, data })).toEqual({ ok: true, value: { type: 'Three', data } });
    });

    it('refuses an old version with a missing step, and checks the upcast data against the schema', () => {
      const gap = eventCatalogueOf<Three>({ Three: { ...three.descriptorOf('Three'), upcasters: { 2: (data) => data } } });
      expect(gap.read({ type: 'Three', schemaVersion: 1, data: { name: 'Lina' } })).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
      const wrong = eventCatalogueOf<Three>({ Three: { ...three.descriptorOf('Three'), upcasters: { 1: () => ({}), 2: (data) => data } } });
      expect(wrong.read({ type: 'Three', schemaVersion: 1, data: { name: 'Lina' } })).toMatchObject({ ok: false, error: { reason: 'invalid-data' } });
    });
  });

  it('reads an erased personal field as REDACTED, and refuses other shapes', () => {
    const read = catalogue.read({ type: 'Named', schemaVersion: 2, data: { personId: 'p-1', name: { redacted: true }, on: '2025-01-02' } });
    expect(read.ok && revealed(read.value.type === 'Named' ? read.value.data.name : 'x')).toBeNull();
    expect(catalogue.read({ type: 'Named', schemaVersion: 2, data: { personId: 'p-1', name: 42, on: '2025-01-02' } })).toMatchObject({
      ok: false,
      error: { reason: 'invalid-data' },
    });
  });

  it('refuses an unknown type, or a version newer than this code knows', () => {
    expect(catalogue.read({ type: 'Other', schemaVersion: 1, data: {} })).toMatchObject({ ok: false, error: { reason: 'unknown-type' } });
    expect(catalogue.read({ type: 'Ruled', schemaVersion: 2, data: {} })).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
  });

  it('describes events in French and English', () => {
    expect(catalogue.describe({ type: 'Ruled', data: { personId: 'p-1', outcome: 'yes', ruleIds: [] } })).toEqual({ fr: 'Décidé : yes', en: 'Decided: yes' });
  });

  it("keeps personal fields out of a description's reach (checked by the type checker)", () => {
    const descriptor = defineEvent<Named>({
      type: 'Named',
      schemaVersion: 1,
      schema: z.object({ personId: z.string(), name: personal(z.string()), on: z.string() }),
      personal: { subject: (data) => data.personId, fields: ['name'] },
      // @ts-expect-error: `name` is personal data, which a description may not read.
      describe: (facts) => ({ fr: String(facts.name), en: String(facts.name) }),
    });
    expect(descriptor.type).toBe('Named');
  });

  it('derives a stream\'s union from its catalogue, each descriptor under its own type (checked by the type checker)', () => {
    const named = catalogue.descriptorOf('Named');
    const derived = eventCatalogue({ Named: named, Ruled: catalogue.descriptorOf('Ruled') });
    const event: EventOf<typeof derived> = { type: 'Ruled', data: { personId: 'p-1', outcome: 'yes', ruleIds: [] } };
    expect(derived.types).toEqual(['Named', 'Ruled']);
    expect(derived.describe(event)).toEqual({ fr: 'Décidé : yes', en: 'Decided: yes' });
    // @ts-expect-error: a descriptor filed under another type's name.
    expect(eventCatalogue({ Ruled: named }).types).toEqual(['Ruled']);
  });

  it('refuses a descriptor that forgets a field typed Personal (checked by the type checker)', () => {
    // @ts-expect-error: `name` is typed Personal, so the descriptor must declare it.
    const forgotten = defineEvent<Named>({
      type: 'Named',
      schemaVersion: 1,
      schema: z.object({ personId: z.string(), name: personal(z.string()), on: z.string() }),
      describe: (facts) => ({ fr: facts.on, en: facts.on }),
    });
    expect(forgotten.personal).toBeUndefined();
  });

  it('knows which schemas describe personal fields', () => {
    expect(acceptsRedacted(personal(z.string()))).toBe(true);
    expect(acceptsRedacted(z.string())).toBe(false);
    expect(REDACTED).toEqual({ redacted: true });
  });
});
