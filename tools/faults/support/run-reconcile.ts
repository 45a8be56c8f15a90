import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { FaultWorld } from './fault-world';

const workspaceRoot = join(__dirname, '..', '..', '..');
const RUNNER_VARIABLE = /^(TS_NODE_|TS_JEST|JEST_|NX_)/;

/** `npm run reconcile` on the world, as an operator runs it: its exit code and what it printed. */
export const runReconcile = (world: FaultWorld, args: readonly string[] = []): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLE.test(name) && name !== 'NODE_OPTIONS'));
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/scripts/reconcile.ts', '--verbose', ...args], {
      cwd: workspaceRoot,
      env: { ...env, TS_NODE_PROJECT: join(workspaceRoot, 'tsconfig.json'), ...world.reconcileEnvironment() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('close', (code) => resolve({ code, output }));
  });
