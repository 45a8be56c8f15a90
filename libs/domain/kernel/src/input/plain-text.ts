/**
 * Text a person typed: no control characters but ordinary whitespace, no unpaired surrogates, no
 * noncharacters, no bidirectional controls. Such code points have no place in a name or a reason, and some cannot even be
 * stored (PostgreSQL refuses U+0000 in text), so they are refused at the edge, naming the field.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const C0_C1_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LINE_BREAKS_AND_TABS = /[\t\n\r\u2028\u2029]/u;
const UNPAIRED_SURROGATE = /\p{Cs}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the bare direction marks
 * (U+200E, U+200F, U+061C): they make text display in another order than it is stored ("Trojan
 * Source"), so a name or a file name could read differently to a person than to the system.
 */
const BIDIRECTIONAL_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

const codePoint = (match: RegExpExecArray): string =>
  `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at position ${match.index + 1}`;

/** Why `value` is not acceptable text, or undefined when it is. Single-line text also refuses tabs and line breaks. */
export const plainTextProblem = (value: string, { multiline = false }: { readonly multiline?: boolean } = {}): string | undefined => {
  const checks: ReadonlyArray<readonly [RegExp, string]> = [
    [C0_C1_EXCEPT_WHITESPACE, 'must not contain control characters'],
    ...(multiline ? [] : [[LINE_BREAKS_AND_TABS, 'must be a single line (no tab or line break)'] as const]),
    [UNPAIRED_SURROGATE, 'must not contain unpaired surrogates'],
    [NONCHARACTER, 'must not contain Unicode noncharacters'],
    [BIDIRECTIONAL_CONTROL, 'must not contain bidirectional control characters'],
  ];
  for (const [pattern, message] of checks) {
    const match = pattern.exec(value);
    if (match) return `${message} (${codePoint(match)})`;
  }
  return undefined;
};
