import fc from 'fast-check';

/**
 * Characters that have broken or could break an edge: NUL and C0/C1 controls (PostgreSQL refuses
 * U+0000), unpaired surrogates, bidirectional overrides and marks, noncharacters, line separators,
 * BOM and zero-width characters, and ordinary punctuation that matters to URLs, SQL and JSON.
 */
export const HOSTILE_CHARACTERS = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f',
  '\t', '\n', '\r', '\u2028', '\u2029',
  '\ud800', '\udfff',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\ufffe', '\uffff', '\ufdd0', '\ufeff', '\u200b',
  "'", '"', '\\', '/', '%', '?', '#', '&', '..', ' ', '%00', '${x}', '<x>',
] as const;

const DATES = ['2023-02-30', '2023-13-01', '1800-01-01', '2999-12-31', '0000-00-00', '2024-02-29', '20240101', '2024-1-1', '2024-05-01T00:00:00Z'];
const NUMBERS_AS_TEXT = ['0', '-1', '1e309', 'NaN', 'Infinity', '9007199254740993', '0x10', '1.5'];

/** A hostile character inserted into a plausible value, at its start, middle or end. */
const spliced = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(base.map((value) => String(value ?? '')), fc.constantFrom(...HOSTILE_CHARACTERS), fc.nat()).map(([text, bad, at]) => {
    const index = text.length === 0 ? 0 : at % (text.length + 1);
    return `${text.slice(0, index)}${bad}${text.slice(index)}`;
  });

/** Strings a hostile client would send where text or an id is expected. */
export const hostileString = (plausible: fc.Arbitrary<string> = fc.string({ maxLength: 12 })): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: spliced(plausible) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constant(' ') },
    { weight: 1, arbitrary: fc.constantFrom(...DATES) },
    { weight: 1, arbitrary: fc.constantFrom(...NUMBERS_AS_TEXT) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(65), 'a'.repeat(256), 'é'.repeat(5_000), 'A'.repeat(70_000)) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE_CHARACTERS), minLength: 1, maxLength: 8 }) },
  );

/** A JSON value of the wrong type for whatever was expected. */
export const wrongTypeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.constant(-1),
  fc.constant(1e300),
);

/** Arrays nested `depth` deep: a stack overflow waiting for recursive code. */
export const deeplyNested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
