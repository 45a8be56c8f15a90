import fc from 'fast-check';
import { hostileString, wrongTypeValue } from './hostile-values';
import type { JsonSchema } from './openapi-operations';

/** Values known to the world under test, by field or parameter name (a registered candidate's id…). */
export type FuzzHints = Readonly<Record<string, readonly string[]>>;

const plausibleDate = fc.date({ min: new Date('1950-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

/** A string the schema accepts, or close to it: enum values, its pattern, dates, hinted values. */
const plausibleString = (schema: JsonSchema, name: string, hints: FuzzHints): fc.Arbitrary<string> => {
  const options: fc.Arbitrary<string>[] = [];
  if (schema.enum) options.push(fc.constantFrom(...(schema.enum.filter((value) => typeof value === 'string') as string[])));
  if (schema.pattern) {
    try {
      options.push(fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length <= (schema.maxLength ?? 200)));
    } catch {
      // A pattern fast-check cannot invert: the other options stand in.
    }
  }
  if (schema.format === 'date' || /date|On$/.test(name)) options.push(plausibleDate);
  const hinted = hints[name];
  if (hinted && hinted.length > 0) options.push(fc.constantFrom(...hinted));
  if (options.length === 0) options.push(fc.string({ minLength: Math.max(1, schema.minLength ?? 1), maxLength: Math.min(schema.maxLength ?? 30, 30) }).map((text) => text.trim() || 'texte'));
  return fc.oneof(...options);
};

/** A value shaped by `schema`; `hostility` (0..1) is the chance that any one node is replaced by a hostile or ill-typed one. */
export const schemaValue = (schema: JsonSchema | undefined, name: string, hints: FuzzHints, hostility: number, depth = 0): fc.Arbitrary<unknown> => {
  const honest = honestValue(schema ?? {}, name, hints, hostility, depth);
  if (hostility <= 0) return honest;
  const weight = Math.max(1, Math.round(hostility * 100));
  return fc.oneof({ weight: 100 - Math.min(99, weight), arbitrary: honest }, { weight, arbitrary: fc.oneof(hostileString(), wrongTypeValue) });
};

const honestValue = (schema: JsonSchema, name: string, hints: FuzzHints, hostility: number, depth: number): fc.Arbitrary<unknown> => {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((each) => schemaValue(each, name, hints, hostility, depth)));
  if (schema.allOf && schema.allOf.length > 0) return schemaValue(schema.allOf[0], name, hints, hostility, depth);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return plausibleString(schema, name, hints);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -5, max: schema.maximum ?? 1_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (depth > 4) return fc.constant([]);
      return fc.array(schemaValue(schema.items, name, hints, hostility, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object':
    case undefined:
      if (!schema.properties || depth > 4) return schema.type === 'object' ? fc.constant({}) : fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
      return objectValue(schema, hints, hostility, depth);
    default:
      return fc.constant(null);
  }
};

/** An object of the schema: required fields mostly present, optional ones sometimes, now and then an unknown one. */
const objectValue = (schema: JsonSchema, hints: FuzzHints, hostility: number, depth: number): fc.Arbitrary<Record<string, unknown>> => {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([field, fieldSchema]) =>
    fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), schemaValue(fieldSchema, field, hints, hostility, depth + 1))
      .map(([chance, value]) => ((required.has(field) ? chance < 0.97 : chance < 0.5) ? ([[field, value]] as const) : [])),
  );
  const unknown = fc.oneof(
    { weight: 9, arbitrary: fc.constant([] as const) },
    { weight: hostility > 0 ? 1 : 0, arbitrary: fc.tuple(fc.constantFrom('candidateId', 'region', 'submittedBy', 'officerId', '__proto__', 'extra', 'constructor'), fc.string({ maxLength: 5 })).map((pair) => [pair] as const) },
  );
  return fc.tuple(fc.tuple(...entries), unknown).map(([fields, extra]) => Object.fromEntries([...fields.flat(), ...extra]));
};
