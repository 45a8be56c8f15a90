import { z } from 'zod';
import { findBreakingChanges } from './find-breaking-changes';
import { payloadJsonSchema } from './json-schema';

const schemaOf = (schema: z.ZodType) => payloadJsonSchema({ schema: schema as never });
const base = z.object({
  candidateId: z.string().min(1),
  outcome: z.enum(['admissible', 'inadmissible']),
  note: z.string().max(80).optional(),
  ruleIds: z.array(z.string()),
});
const changesFrom = (next: z.ZodType) => findBreakingChanges(schemaOf(base), schemaOf(next));

describe('findBreakingChanges', () => {
  it('accepts an identical schema', () => {
    expect(changesFrom(base)).toEqual([]);
  });

  it('accepts a new optional field, and a new required one (old readers ignore it)', () => {
    expect(changesFrom(base.extend({ region: z.string().optional() }))).toEqual([]);
    expect(changesFrom(base.extend({ region: z.string() }))).toEqual([]);
  });

  it('accepts an optional field made required, an enum value dropped and a bound tightened', () => {
    expect(changesFrom(base.extend({ note: z.string().max(40) }))).toEqual([]);
    expect(changesFrom(base.extend({ outcome: z.enum(['admissible']) }))).toEqual([]);
  });

  it('refuses removing a required field', () => {
    expect(changesFrom(base.omit({ outcome: true }))).toEqual([{ path: '$.outcome', message: 'required field removed' }]);
  });

  it('refuses making a required field optional', () => {
    expect(changesFrom(base.extend({ outcome: base.shape.outcome.optional() }))).toEqual([
      { path: '$.outcome', message: 'required field became optional' },
    ]);
  });

  it('refuses a new enum value', () => {
    expect(changesFrom(base.extend({ outcome: z.enum(['admissible', 'inadmissible', 'deferred']) }))).toEqual([
      { path: '$.outcome', message: 'enum value "deferred" added' },
    ]);
  });

  it('refuses a changed type, also inside arrays', () => {
    expect(changesFrom(base.extend({ candidateId: z.number() }))[0]?.path).toBe('$.candidateId');
    expect(changesFrom(base.extend({ ruleIds: z.array(z.number()) }))[0]?.path).toBe('$.ruleIds[]');
  });

  it('refuses a field that may now be null', () => {
    expect(changesFrom(base.extend({ candidateId: z.string().min(1).nullable() }))).toEqual([
      { path: '$.candidateId', message: 'accepts a new alternative ["null"]' },
    ]);
  });

  it('refuses a loosened bound and a changed pattern', () => {
    expect(changesFrom(base.extend({ note: z.string().max(200).optional() }))).toEqual([
      { path: '$.note', message: 'maxLength loosened from 80 to 200' },
    ]);
    const patterned = z.object({ code: z.string().regex(/^TP-\d{5}$/) });
    expect(
      findBreakingChanges(schemaOf(patterned), schemaOf(z.object({ code: z.string().regex(/^TP-\d+$/) }))),
    ).toEqual([{ path: '$.code', message: 'pattern changed' }]);
  });
});
