import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const workspaceRoot = join(__dirname, '..', '..', '..');

/**
 * The test runner's own variables (ts-jest, nx, NODE_OPTIONS hooks) must not reach a child compiled
 * by ts-node from a shell's point of view: the same filter as messaging's child-environment.ts.
 */
const RUNNER_VARIABLE = /^(TS_NODE_|TS_JEST|JEST_|NX_)/;
const RUNNER_VARIABLES = new Set(['NODE_OPTIONS', 'JEST_WORKER_ID', 'TS_JEST_LOG']);
const childEnvironment = (settings: Readonly<Record<string, string>>): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLE.test(name) && !RUNNER_VARIABLES.has(name))),
  TS_NODE_PROJECT: join(workspaceRoot, 'tsconfig.json'),
  ...settings,
});

/** One service of one region in a process of its own (apps/<service>/src/main.ts), so it can be SIGKILLed. */
export class ChildService {
  private child: ChildProcess | undefined;
  private exits = 0;

  constructor(
    readonly service: string,
    readonly region: string,
    readonly port: number,
    readonly env: Readonly<Record<string, string>>,
    private readonly logFile: string,
  ) {}

  get label(): string {
    return `${this.service}/${this.region}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process (its log appended to `logFile`) and waits until it answers /health/live. */
  async start(timeoutMs = 180_000): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join('apps', this.service, 'src', 'main.ts')], {
      cwd: workspaceRoot,
      env: childEnvironment({ ...this.env, PORT: String(this.port), HOST: '127.0.0.1' }),
      stdio: ['ignore', log, log],
    });
    this.child = child;
    child.once('exit', () => (this.exits += 1));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.label} exited (${child.exitCode ?? child.signalCode}) while starting; see ${this.logFile}`);
      if (await this.answers('/health/live')) return;
      await sleep(500);
    }
    throw new Error(`${this.label} did not answer /health/live within ${timeoutMs} ms; see ${this.logFile}`);
  }

  /** Whether the path answers 200 now. */
  async answers(path: string): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** The readiness report, or undefined when it does not answer. */
  async readiness(): Promise<{ status: number; body: { status?: string; checks?: Record<string, { status: string }> } } | undefined> {
    try {
      const response = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      return { status: response.status, body: (await response.json()) as { status?: string } };
    } catch {
      return undefined;
    }
  }

  /** SIGKILL: no shutdown hook runs, as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(forced);
  }
}

/**
 * Starts the world's services two at a time (more ts-node compilations at once would starve a small
 * machine) and hands the world back; if one fails to start, the world is closed before the error goes on.
 */
export const startedTwoAtATime = async <World extends { close(): Promise<void> }>(world: World, children: readonly ChildService[]): Promise<World> => {
  try {
    for (let index = 0; index < children.length; index += 2) await Promise.all(children.slice(index, index + 2).map((child) => child.start()));
  } catch (error) {
    await world.close();
    throw error;
  }
  return world;
};
