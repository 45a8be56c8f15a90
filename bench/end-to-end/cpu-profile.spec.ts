import { shortFileName, summariseProfiles, type CpuProfile } from './cpu-profile';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

/** Root → idle, GC, and two functions in two files; samples every 1 ms except where said. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('(idle)', '') },
    { id: 3, callFrame: frame('(garbage collector)', '') },
    { id: 4, callFrame: frame('canonicalJson', 'file:///work/main/dist/apps/jury/libs/platform/event-store/src/hash.js', 11) },
    { id: 5, callFrame: frame('parse', 'file:///work/main/node_modules/pg-protocol/dist/parser.js', 40) },
    { id: 6, callFrame: frame('canonicalJson', 'file:///work/main/dist/apps/jury/libs/platform/event-store/src/hash.js', 11) },
  ],
  samples: [2, 2, 2, 4, 4, 4, 6, 5, 3, 2],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000, 1000, 2000, 1000, 1000],
};

describe('a CPU profile summary', () => {
  const summary = summariseProfiles([profile]);

  it('counts idle apart and charges the rest to each function by self time, the same function in two call paths once', () => {
    expect(summary.idleMs).toBe(4);
    expect(summary.busyMs).toBe(7);
    expect(summary.functions.map(({ name, file, selfMs }) => [name, file, selfMs])).toEqual([
      ['canonicalJson:12', 'libs/platform/event-store/src/hash.js', 4],
      ['parse:41', 'pg-protocol/dist/parser.js', 2],
      ['(garbage collector)', '(native)', 1],
    ]);
    expect(summary.functions[0]?.share).toBeCloseTo(4 / 7, 10);
  });

  it('sums self time by file', () => {
    expect(summary.files.map(({ file, selfMs }) => [file, selfMs])).toEqual([
      ['libs/platform/event-store/src/hash.js', 4],
      ['pg-protocol/dist/parser.js', 2],
      ['(native)', 1],
    ]);
  });

  it('adds several processes’ profiles together', () => {
    expect(summariseProfiles([profile, profile]).busyMs).toBe(14);
  });

  it('names files by package, by place in the workspace, or as Node names them', () => {
    expect(shortFileName('file:///w/node_modules/@nestjs/core/router/router-execution-context.js')).toBe('@nestjs/core/router/router-execution-context.js');
    expect(shortFileName('file:///w/dist/apps/jury/apps/jury/src/sessions/x.js')).toBe('apps/jury/src/sessions/x.js');
    expect(shortFileName('node:internal/streams/readable')).toBe('node:internal/streams/readable');
  });
});
