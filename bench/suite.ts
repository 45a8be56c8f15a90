/**
 * What a benchmark suite is, for bench/run.ts. A suite lives in `bench/<name>.suite.ts` and exports
 * `suite`; the runner finds it there (nobody edits run.ts to add one), saves what `run` returns in
 * bench/results/<name>.json inside an envelope (machine, date, commit, load average, command) and
 * renders bench/RESULTS.md from every results file with each suite's `render`.
 */
export interface SuiteContext {
  /** The command line's `--key value` / `--key=value` (a bare `--key` is 'true'). */
  readonly flags: Readonly<Record<string, string>>;
  /** A numeric flag (`--events 1e6`, `--events 12_000_000`), or the fallback when absent. */
  number(flag: string, fallback: number): number;
  /** A progress line, on stderr (stdout is the suite's own output). */
  say(line: string): void;
}

export interface BenchSuite<Figures = unknown> {
  /** `npm run bench -- <name>`; its figures go to bench/results/<name>.json. */
  readonly name: string;
  /** Its place in the full run, ascending. */
  readonly order: number;
  /** What it measures, in one line: heads its section of RESULTS.md. */
  readonly title: string;
  /** Measures; answers the figures to save (JSON-able). Writes no file. */
  run(context: SuiteContext): Promise<Figures>;
  /** The markdown body of its RESULTS.md section, from saved figures: tables with ratios, goals. */
  render(figures: Figures): string;
}

/** A saved run: the envelope the runner writes around a suite's figures. */
export interface SavedRun<Figures = unknown> {
  readonly suite: string;
  readonly tag?: string;
  readonly title: string;
  readonly command: string;
  readonly commit: string;
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly machine: { readonly cpus: number; readonly model: string; readonly node: string; readonly postgres?: string };
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
  readonly figures: Figures;
}

/** A markdown table; numbers are written as given (format them first). */
export const markdownTable = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  [header, header.map((_, index) => (index === 0 ? '---' : '---:')), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** 12345.6 → '12,346'. */
export const count = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? 'n/a' : Math.round(value).toLocaleString('en-US'));

/** A ratio in bold with its goal's verdict when it has one: '**0.85×** ✔ (≥ 0.8)'. */
export const ratio = (value: number | undefined, goal?: number): string => {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  const text = `**${value.toFixed(2)}×**`;
  return goal === undefined ? text : `${text} ${value >= goal ? '✔' : '✘'} (≥ ${goal})`;
};

/** The middle value (mean of the two middle ones for an even count). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
