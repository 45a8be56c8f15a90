import { readFileSync } from 'node:fs';

/** A process's resident set size now, in bytes (Linux /proc), or undefined once it has exited. */
export const rssOf = (pid: number): number | undefined => {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
  } catch {
    return undefined;
  }
};

export interface RssReading {
  readonly name: string;
  readonly pid: number;
  readonly rssBytes: number;
}

export interface PeakRss {
  /** The highest sum over all processes seen at one sampling. */
  readonly totalBytes: number;
  /** Each process's highest reading. */
  readonly byProcess: Readonly<Record<string, number>>;
}

/** Reads the RSS of named processes every `everyMs` and keeps the peaks (the memory figures of issue 22). */
export class RssSampler {
  private totalBytes = 0;
  private readonly byProcess: Record<string, number> = {};
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly processes: () => ReadonlyArray<{ readonly name: string; readonly pid: number | undefined }>,
    everyMs = 1_000,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  /** One reading of every running process. */
  sample(): RssReading[] {
    const readings = this.processes().flatMap(({ name, pid }) => {
      const rssBytes = pid === undefined ? undefined : rssOf(pid);
      return pid === undefined || rssBytes === undefined ? [] : [{ name, pid, rssBytes }];
    });
    const total = readings.reduce((sum, reading) => sum + reading.rssBytes, 0);
    this.totalBytes = Math.max(this.totalBytes, total);
    for (const { name, rssBytes } of readings) this.byProcess[name] = Math.max(this.byProcess[name] ?? 0, rssBytes);
    return readings;
  }

  peak(): PeakRss {
    return { totalBytes: this.totalBytes, byProcess: { ...this.byProcess } };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
