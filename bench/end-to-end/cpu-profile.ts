/**
 * Summaries of V8 CPU profiles (`node --cpu-prof` writes one .cpuprofile per process at exit): the
 * self time of each function and of each file, so a run's hot spots can be named and compared.
 */
export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  readonly samples: readonly number[];
  /** Microseconds since the previous sample, one per sample. */
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly file: string;
  readonly selfMs: number;
  /** Of the busy time (idle excluded). */
  readonly share: number;
}

export interface ProfileSummary {
  readonly busyMs: number;
  readonly idleMs: number;
  readonly functions: readonly SelfTime[];
  readonly files: readonly SelfTime[];
}

/**
 * Where a script lives, said the short way: a package under node_modules by its name and path in it,
 * a file of a built service by its path in the workspace (dist/apps/<service>/ removed), Node's own
 * modules as they are.
 */
export const shortFileName = (url: string): string => {
  if (url === '') return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+\/.*)$/.exec(path);
  if (inPackage) return inPackage[1] as string;
  const inBundle = /.*\/dist\/apps\/[^/]+\/(.*)$/.exec(path);
  if (inBundle) return inBundle[1] as string;
  return path;
};

const IDLE = '(idle)';

const top = (selfMs: Map<string, { name: string; file: string; ms: number }>, busyMs: number, count: number): SelfTime[] =>
  [...selfMs.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ name, file, ms }) => ({ name, file, selfMs: ms, share: busyMs > 0 ? ms / busyMs : 0 }));

/**
 * Self time per function (name, file and line) and per file. A sample's time delta is charged to
 * the sample itself, as Chrome DevTools does closely enough at a 1 ms interval; (idle) is counted
 * apart, (garbage collector) and (program) are kept as rows of their own.
 */
export const summariseProfiles = (profiles: readonly CpuProfile[], count = 15): ProfileSummary => {
  const byFunction = new Map<string, { name: string; file: string; ms: number }>();
  const byFile = new Map<string, { name: string; file: string; ms: number }>();
  let busyMs = 0;
  let idleMs = 0;
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((nodeId, index) => {
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      const frame = nodes.get(nodeId)?.callFrame;
      if (!frame || ms <= 0) return;
      if (frame.functionName === IDLE) {
        idleMs += ms;
        return;
      }
      busyMs += ms;
      const file = shortFileName(frame.url);
      const name = frame.functionName || '(anonymous)';
      const functionKey = `${name}\u0000${file}\u0000${frame.lineNumber}`;
      const entry = byFunction.get(functionKey) ?? { name: frame.url ? `${name}:${frame.lineNumber + 1}` : name, file, ms: 0 };
      entry.ms += ms;
      byFunction.set(functionKey, entry);
      const fileEntry = byFile.get(file) ?? { name: file, file, ms: 0 };
      fileEntry.ms += ms;
      byFile.set(file, fileEntry);
    });
  }
  return { busyMs, idleMs, functions: top(byFunction, busyMs, count), files: top(byFile, busyMs, count) };
};
