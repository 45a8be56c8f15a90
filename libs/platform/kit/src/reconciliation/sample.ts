/** `a, b, c and 7 more`: enough to find the drift, short enough to read. */
export const sample = (items: readonly string[], shown = 5): string =>
  items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} and ${items.length - shown} more`;
