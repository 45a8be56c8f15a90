/**
 * Names a field the way API clients read it: `experiencePeriods[1].end`. Used for invalid-input
 * errors, so a 400 answer points at the exact field.
 */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
