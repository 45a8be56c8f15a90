import { spawn } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..', '..', '..', '..');
const script = join(__dirname, 'probe-main.ts');

export interface ProbeExit {
  /** The exit code, or null when the process was still running at the deadline (and was killed). */
  readonly code: number | null;
  readonly stderr: string;
}

/** Starts probe-main.ts with exactly `environment` (plus PATH) and waits, bounded, for it to exit. */
export const runProbeProcess = (environment: Record<string, string>, timeoutMs = 45_000): Promise<ProbeExit> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script], {
      cwd: workspaceRoot,
      env: { PATH: process.env['PATH'] ?? '', ...environment },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, stderr });
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(deadline);
      resolve({ code, stderr });
    });
  });
