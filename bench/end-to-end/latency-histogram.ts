/**
 * Latencies kept as counts in log-linear buckets, as HdrHistogram does: constant memory whatever the
 * number of samples, and every percentile within 1/128 of the true value. Values are recorded in
 * milliseconds and bucketed by microsecond: below 128 µs each microsecond has its bucket, above it
 * each power of two is cut into 64 buckets.
 */
const SUB_BUCKET_BITS = 6;
const EXACT_BELOW = 1 << (SUB_BUCKET_BITS + 1);

/** The bucket of a value in microseconds: the value itself below 128, else its top 7 bits and its exponent. */
const bucketOf = (micros: number): number => {
  if (micros < EXACT_BELOW) return micros;
  const shift = Math.floor(Math.log2(micros)) - SUB_BUCKET_BITS;
  const top = Math.floor(micros / 2 ** shift);
  return shift * EXACT_BELOW + top;
};

/** The middle of a bucket's range, in microseconds. */
const middleOf = (bucket: number): number => {
  if (bucket < EXACT_BELOW) return bucket;
  const shift = Math.floor(bucket / EXACT_BELOW);
  const top = bucket % EXACT_BELOW;
  return top * 2 ** shift + (2 ** shift - 1) / 2;
};

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  private total = 0;
  private largest = 0;

  /** Records one latency in milliseconds (negative values, from clocks a hair apart, count as 0). */
  record(milliseconds: number): void {
    const micros = Math.max(0, Math.round(milliseconds * 1000));
    const bucket = bucketOf(micros);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total += 1;
    this.largest = Math.max(this.largest, milliseconds);
  }

  get count(): number {
    return this.total;
  }

  /** The largest value recorded, exactly. */
  get max(): number {
    return this.largest;
  }

  /** The p-th percentile by nearest rank (the smallest value with at least p % of the samples at or below it), in ms; 0 when empty. */
  percentile(p: number): number {
    if (this.total === 0) return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * this.total));
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket) ?? 0;
      if (seen >= rank) return Math.min(middleOf(bucket) / 1000, this.largest);
    }
    return this.largest;
  }

  summary(): LatencySummary {
    return { count: this.total, p50: this.percentile(50), p95: this.percentile(95), p99: this.percentile(99), max: this.largest };
  }
}
