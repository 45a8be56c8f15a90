/** One line of the results table: a workload, each contender's figure, and our ratios. */
export interface ResultRow {
  readonly workload: string;
  readonly unit: 'events/s' | 'ms';
  /** Median per contender; absent when the contender has no such feature. */
  readonly values: Readonly<Record<string, number | undefined>>;
  readonly samples: Readonly<Record<string, readonly number[]>>;
}

export interface Target {
  readonly workload: string;
  readonly against: string;
  readonly minimum: number;
  readonly ratio: number;
  readonly met: boolean;
}

const ratioOf = (unit: ResultRow['unit'], mine: number, theirs: number): number => (unit === 'events/s' ? mine / theirs : theirs / mine);

const medianOf = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * How much faster we are (> 1: faster; throughput ours/theirs, latency theirs/ours): the median of
 * the per-round ratios. Each round runs the contenders back to back, so a ratio compares runs that
 * shared the machine's load of that moment; on a shared machine this is far steadier than the ratio
 * of two medians. Falls back to the ratio of medians when rounds are not paired.
 */
export const speedRatio = (row: ResultRow, ours: string, other: string): number | undefined => {
  const mine = row.samples[ours] ?? [];
  const theirs = row.samples[other] ?? [];
  if (mine.length > 0 && mine.length === theirs.length) {
    return medianOf(mine.map((value, round) => ratioOf(row.unit, value, theirs[round] ?? NaN)));
  }
  const m = row.values[ours];
  const t = row.values[other];
  return m === undefined || t === undefined || m === 0 || t === 0 ? undefined : ratioOf(row.unit, m, t);
};

const format = (value: number | undefined, unit: ResultRow['unit']): string => {
  if (value === undefined) return 'n/a';
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return `${Math.round(value).toLocaleString('en-US')} ev/s`;
};

const ratioText = (ratio: number | undefined): string => (ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`);

export const renderTable = (rows: readonly ResultRow[], contenders: readonly string[], ours: string): string => {
  const others = contenders.filter((c) => c !== ours);
  const header = ['workload', ...contenders, ...others.map((o) => `${ours} vs ${o}`)];
  const lines = rows.map((row) => [
    row.workload,
    ...contenders.map((c) => format(row.values[c], row.unit)),
    ...others.map((o) => ratioText(speedRatio(row, ours, o))),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(render)].join('\n');
};

export const renderTargets = (targets: readonly Target[]): string =>
  targets.map((t) => `${t.met ? 'MET   ' : 'MISSED'} ${t.workload}: ${t.ratio.toFixed(2)}× ${t.against} (target ≥ ${t.minimum}×)`).join('\n');
