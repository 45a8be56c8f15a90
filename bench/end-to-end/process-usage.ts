/**
 * A service's CPU time and memory, read from /proc (Linux): what each process of the run cost,
 * without instrumenting it. CPU share = CPU seconds used / wall seconds elapsed (1 = one full core).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcStat {
  /** User plus system CPU time, in clock ticks. */
  readonly cpuTicks: number;
  readonly rssPages: number;
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may hold spaces and
 * parentheses itself, so the fields are counted after its last closing parenthesis.
 */
export const parseProcStat = (text: string): ProcStat => {
  const fields = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/);
  // fields[0] is field 3 (state): utime is field 14, stime 15, rss 24.
  const [utime, stime, rss] = [fields[11], fields[12], fields[21]].map(Number);
  if (fields.length < 22 || [utime, stime, rss].some((value) => !Number.isFinite(value))) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 80)}`);
  return { cpuTicks: (utime as number) + (stime as number), rssPages: rss as number };
};

/** The kernel's peak resident set (VmHWM) from /proc/<pid>/status, in bytes. */
export const parsePeakRss = (status: string): number => {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error('no VmHWM line in /proc/<pid>/status');
  return Number(match[1]) * 1024;
};

/** CPU seconds used between two readings divided by the wall seconds between them. */
export const cpuShare = (before: ProcStat, after: ProcStat, wallMs: number, ticksPerSecond: number): number =>
  wallMs > 0 ? (after.cpuTicks - before.cpuTicks) / ticksPerSecond / (wallMs / 1000) : 0;

const ticksPerSecond = (() => {
  let cached: number | undefined;
  return () => (cached ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);
})();
const pageSize = (() => {
  let cached: number | undefined;
  return () => (cached ??= Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096);
})();

const readStat = (pid: number): ProcStat | undefined => {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // the process is gone
  }
};

export interface ProcessUsage {
  readonly name: string;
  readonly pid: number;
  /** CPU seconds / wall seconds over the sampled window (1 = one core). */
  readonly cpuShare: number;
  /** The largest RSS seen while sampling, in MB. */
  readonly peakRssMb: number;
  /** The kernel's peak RSS over the process's whole life (start included), in MB. */
  readonly lifetimePeakRssMb: number;
}

/**
 * Samples named processes every `intervalMs` from `start` until `stop`: per process, its CPU share
 * over the window and its largest RSS.
 */
export class ProcessSampler {
  private readonly first = new Map<number, ProcStat>();
  private readonly last = new Map<number, ProcStat>();
  private readonly peakPages = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  private stoppedAt = 0;

  constructor(private readonly processes: readonly { readonly name: string; readonly pid: number }[], private readonly intervalMs = 500) {}

  start(): void {
    this.startedAt = performance.now();
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): ProcessUsage[] {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    this.stoppedAt = performance.now();
    return this.processes.map(({ name, pid }) => {
      const before = this.first.get(pid);
      const after = this.last.get(pid);
      let lifetimePeak = 0;
      try {
        lifetimePeak = parsePeakRss(readFileSync(`/proc/${pid}/status`, 'utf8'));
      } catch {
        // gone: only the samples speak for it
      }
      return {
        name,
        pid,
        cpuShare: before && after ? cpuShare(before, after, this.stoppedAt - this.startedAt, ticksPerSecond()) : 0,
        peakRssMb: ((this.peakPages.get(pid) ?? 0) * pageSize()) / 2 ** 20,
        lifetimePeakRssMb: lifetimePeak / 2 ** 20,
      };
    });
  }

  private sample(): void {
    for (const { pid } of this.processes) {
      const stat = readStat(pid);
      if (!stat) continue;
      if (!this.first.has(pid)) this.first.set(pid, stat);
      this.last.set(pid, stat);
      this.peakPages.set(pid, Math.max(this.peakPages.get(pid) ?? 0, stat.rssPages));
    }
  }
}
