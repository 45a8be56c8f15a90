import { cpuShare, parsePeakRss, parseProcStat } from './process-usage';

// A real line of /proc/<pid>/stat, its command name given a space and a parenthesis as a process may.
const statLine = (command: string) =>
  `4242 (${command}) S 1 4242 4242 0 -1 4194560 5121 0 0 0 731 112 0 0 20 0 11 0 41199 1172156416 30211 18446744073709551615 1 1 0 0 0 0 0 4096 134234626 0 0 0 17 1 0 0 0 0 0`;

describe('reading a process from /proc', () => {
  it('takes utime + stime and the RSS pages counting fields after the command name', () => {
    expect(parseProcStat(statLine('node'))).toEqual({ cpuTicks: 731 + 112, rssPages: 30211 });
  });

  it('is not misled by a command name holding spaces and parentheses', () => {
    expect(parseProcStat(statLine('node (jury) x'))).toEqual({ cpuTicks: 843, rssPages: 30211 });
  });

  it('refuses a line that is not a stat line', () => {
    expect(() => parseProcStat('hello')).toThrow(/not a \/proc\/<pid>\/stat line/);
  });

  it('reads the peak RSS (VmHWM) in bytes', () => {
    expect(parsePeakRss('Name:\tnode\nVmPeak:\t 1234 kB\nVmHWM:\t  120000 kB\nVmRSS:\t 90000 kB\n')).toBe(120_000 * 1024);
  });

  it('gives the CPU share as CPU seconds over wall seconds: 150 ticks at 100 Hz in 2 s is 0.75 of a core', () => {
    expect(cpuShare({ cpuTicks: 1_000, rssPages: 1 }, { cpuTicks: 1_150, rssPages: 1 }, 2_000, 100)).toBeCloseTo(0.75, 10);
  });
});
