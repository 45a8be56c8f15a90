import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A service's exit code when PostgreSQL could not serve it yet (bootstrapService): start it again, as docker-compose's restart policy does. */
export const EX_TEMPFAIL = 75;
const MAX_TEMPORARY_FAILURES = 5;
const STOP_GRACE_MS = 15_000;

// A test runner's variables (ts-jest, nx, NODE_OPTIONS hooks) must not reach a built service: it runs as in production.
const RUNNER_VARIABLE = /^(TS_NODE_|TS_JEST|JEST_|NX_)/;
const RUNNER_VARIABLES = new Set(['NODE_OPTIONS', 'JEST_WORKER_ID', 'TS_JEST_LOG']);

/** The launcher's environment without a test runner's hooks, plus `settings`. */
export const childEnvironment = (settings: Readonly<Record<string, string>>): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLE.test(name) && !RUNNER_VARIABLES.has(name))),
  ...settings,
});

export interface SupervisedProcessOptions {
  /** `idf/jury`, `audit`, `oidc-provider`. */
  readonly name: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly log: string;
  readonly say: (line: string) => void;
}

/**
 * One node process of the journey. Started again when it exits with EX_TEMPFAIL (PostgreSQL not
 * ready to serve it yet, or out of connections), at most five times with a growing pause; any other
 * exit is final and reported with its log.
 */
export class SupervisedProcess {
  private child: ChildProcess | undefined;
  private temporaryFailures = 0;
  private restartPending = false;
  private stopping = false;

  constructor(private readonly options: SupervisedProcessOptions) {}

  get name(): string {
    return this.options.name;
  }

  get log(): string {
    return this.options.log;
  }

  /** The current process's id (a restart changes it). */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  /** Exited and not about to be started again: the reason, else undefined. */
  get exitedForGood(): string | undefined {
    const child = this.child;
    if (!child || this.running || this.restartPending) return undefined;
    return `${this.name} exited with ${child.exitCode ?? child.signalCode}: see ${this.log}`;
  }

  private get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): ChildProcess {
    const log = openSync(this.options.log, this.child === undefined ? 'w' : 'a');
    const child = spawn(process.execPath, [...this.options.args], { cwd: this.options.cwd, env: childEnvironment(this.options.env), stdio: ['ignore', log, log] });
    this.child = child;
    child.once('exit', (code) => {
      if (this.stopping) return;
      if (code === EX_TEMPFAIL && this.temporaryFailures < MAX_TEMPORARY_FAILURES) {
        this.temporaryFailures += 1;
        this.restartPending = true;
        this.options.say(`↻ ${this.name}: PostgreSQL could not serve it yet (exit ${code}); starting it again (${this.temporaryFailures} of ${MAX_TEMPORARY_FAILURES})`);
        setTimeout(() => {
          this.restartPending = false;
          if (!this.stopping) this.start();
        }, 2_000 * this.temporaryFailures);
      } else {
        this.options.say(`✖ ${this.name} exited with ${code ?? child.signalCode}: see ${this.log}`);
      }
    });
    return child;
  }

  /** SIGTERM, SIGKILL after 15 s; resolves once the process has exited (its port and connections are free). */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const grace = new AbortController();
    const stoppedInTime = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS, false, { signal: grace.signal }).catch(() => true)]);
    grace.abort();
    if (stoppedInTime) return;
    this.options.say(`✖ ${this.name} did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM: killed`);
    child.kill('SIGKILL');
    await exited;
  }
}
