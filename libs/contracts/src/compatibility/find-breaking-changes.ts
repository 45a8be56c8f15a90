import type { JsonSchema } from './json-schema';

/** One way a new schema could reject, or surprise, consumers written for the previous one. */
export interface BreakingChange {
  /** Where, as a JSON path (`$.outcome`). */
  readonly path: string;
  readonly message: string;
}

// Keywords that document a schema without constraining it.
const annotations = new Set(['description', 'title', 'examples', '$comment', 'default', 'deprecated']);
// Keywords compared by the dedicated rules below.
const handled = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf',
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems',
  'pattern', 'format',
]);

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const typesOf = (schema: JsonSchema): string[] | undefined =>
  schema['type'] === undefined ? undefined : ([] as unknown[]).concat(schema['type']).map(String);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const variantsOf = (schema: JsonSchema): JsonSchema[] =>
  Array.isArray(schema['anyOf']) ? (schema['anyOf'] as unknown[]).filter(isObject) : [schema];

/** A lower bound may rise and an upper bound may fall (the new values stay valid for old readers). */
const boundRules: ReadonlyArray<[keyword: string, mayOnly: 'rise' | 'fall']> = [
  ['minLength', 'rise'], ['minimum', 'rise'], ['exclusiveMinimum', 'rise'], ['minItems', 'rise'],
  ['maxLength', 'fall'], ['maximum', 'fall'], ['exclusiveMaximum', 'fall'], ['maxItems', 'fall'],
];

/**
 * Lists the changes from `previous` to `current` that break consumers of `previous`: every payload
 * valid under `current` must stay valid under `previous`. So fields may be added, optional fields
 * made required, enum values dropped and bounds tightened; anything else, including keywords this
 * check does not understand, counts as breaking (when in doubt, publish a new version).
 */
export const findBreakingChanges = (previous: JsonSchema, current: JsonSchema, path = '$'): BreakingChange[] => {
  const changes: BreakingChange[] = [];
  const breaking = (message: string, at = path) => changes.push({ path: at, message });

  const previousVariants = variantsOf(previous);
  const currentVariants = variantsOf(current);
  if (previousVariants.length > 1 || currentVariants.length > 1) {
    for (const variant of currentVariants) {
      const candidates = previousVariants.filter((old) => same(typesOf(old), typesOf(variant)) || same(old, variant));
      if (candidates.length === 0) {
        breaking(`accepts a new alternative ${JSON.stringify(typesOf(variant) ?? variant)}`);
        continue;
      }
      const best = candidates
        .map((old) => findBreakingChanges(old, variant, path))
        .sort((a, b) => a.length - b.length)[0];
      changes.push(...(best ?? []));
    }
    return changes;
  }

  const previousTypes = typesOf(previous);
  const currentTypes = typesOf(current);
  if (previousTypes && (!currentTypes || currentTypes.some((type) => !previousTypes.includes(type) && !(type === 'integer' && previousTypes.includes('number'))))) {
    breaking(`type changed from ${JSON.stringify(previousTypes)} to ${JSON.stringify(currentTypes ?? 'any')}`);
    return changes;
  }

  // Objects.
  const previousProperties = isObject(previous['properties']) ? previous['properties'] : {};
  const currentProperties = isObject(current['properties']) ? current['properties'] : {};
  const previousRequired = new Set((previous['required'] as string[] | undefined) ?? []);
  const currentRequired = new Set((current['required'] as string[] | undefined) ?? []);
  for (const [name, oldSchema] of Object.entries(previousProperties)) {
    const at = `${path}.${name}`;
    const newSchema = currentProperties[name];
    if (newSchema === undefined) {
      if (previousRequired.has(name)) breaking('required field removed', at);
      continue;
    }
    if (previousRequired.has(name) && !currentRequired.has(name)) breaking('required field became optional', at);
    if (isObject(oldSchema) && isObject(newSchema)) changes.push(...findBreakingChanges(oldSchema, newSchema, at));
  }
  if (previous['additionalProperties'] === false) {
    for (const name of Object.keys(currentProperties)) {
      if (!(name in previousProperties)) breaking('field added where the previous schema allowed no other fields', `${path}.${name}`);
    }
  }
  if (previous['additionalProperties'] !== false && isObject(previous['additionalProperties']) && !same(previous['additionalProperties'], current['additionalProperties'])) {
    breaking('additionalProperties changed');
  }

  // Arrays.
  if (isObject(previous['items']) && isObject(current['items'])) {
    changes.push(...findBreakingChanges(previous['items'], current['items'], `${path}[]`));
  } else if (!same(previous['items'], current['items'])) {
    breaking('items changed');
  }

  // Values.
  if (Array.isArray(previous['enum'])) {
    const allowed = previous['enum'] as unknown[];
    const values = Array.isArray(current['enum']) ? (current['enum'] as unknown[]) : current['const'] !== undefined ? [current['const']] : undefined;
    if (!values) breaking('enum removed: any value is now accepted');
    else for (const value of values) if (!allowed.some((old) => same(old, value))) breaking(`enum value ${JSON.stringify(value)} added`);
  }
  if (previous['const'] !== undefined && !same(previous['const'], current['const'])) breaking('const changed');
  for (const keyword of ['pattern', 'format']) {
    if (previous[keyword] !== undefined && !same(previous[keyword], current[keyword])) breaking(`${keyword} changed`);
  }
  for (const [keyword, mayOnly] of boundRules) {
    const old = previous[keyword];
    if (typeof old !== 'number') continue;
    const now = current[keyword];
    if (typeof now !== 'number' || (mayOnly === 'rise' ? now < old : now > old)) breaking(`${keyword} loosened from ${old} to ${String(now ?? 'none')}`);
  }

  // Anything else that changed is not understood here, so it counts.
  for (const keyword of new Set([...Object.keys(previous), ...Object.keys(current)])) {
    if (annotations.has(keyword) || handled.has(keyword)) continue;
    if (!same(previous[keyword], current[keyword])) breaking(`${keyword} changed`);
  }
  return changes;
};
