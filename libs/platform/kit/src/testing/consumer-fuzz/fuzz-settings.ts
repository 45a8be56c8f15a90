/** The consumer fuzz suite's generator settings: a fixed seed in CI, more messages on demand. */
export interface FuzzSettings {
  /** FUZZ_SEED, or a fixed default: the same messages on every CI run. */
  readonly seed: number;
  /** Generated messages per consumed topic (FUZZ_RUNS, or the default). */
  readonly messagesPerTopic: number;
  /** 1 MB values per consumed topic, besides the others (FUZZ_HUGE, default 1). */
  readonly hugePerTopic: number;
  /** FUZZ_KINDS: only the messages of these kinds are sent (comma-separated; all when unset), to chase one finding. */
  readonly kinds: readonly string[] | undefined;
}

export const DEFAULT_FUZZ_SEED = 170_017;
export const DEFAULT_MESSAGES_PER_TOPIC = 60;

const integer = (name: string, fallback: number): number => {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`${name} must be a non-negative integer, not ${JSON.stringify(text)}`);
  return value;
};

export const fuzzSettings = (): FuzzSettings => ({
  seed: integer('FUZZ_SEED', DEFAULT_FUZZ_SEED),
  messagesPerTopic: integer('FUZZ_RUNS', DEFAULT_MESSAGES_PER_TOPIC),
  hugePerTopic: integer('FUZZ_HUGE', 1),
  kinds: process.env['FUZZ_KINDS']?.split(',').map((kind) => kind.trim()).filter((kind) => kind.length > 0),
});

/** A test's timeout for the suite of one service (up to three topics), following FUZZ_RUNS. */
export const consumerFuzzTimeoutMs = (settings: FuzzSettings = fuzzSettings()): number => 150_000 + 3 * (settings.messagesPerTopic + settings.hugePerTopic) * 300;
