/** Deeper than any command nests (a few levels): more is an attack on recursive code, not data. */
export const MAX_JSON_DEPTH = 32;

/** Whether `value` nests deeper than `limit`, counted without recursion (a 50,000-deep array would overflow the stack). */
export const jsonDepthExceeds = (value: unknown, limit: number): boolean => {
  const pending: Array<readonly [unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as readonly [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
};
