import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RelayState } from '../relay/relay';
import { tsNodeChildEnvironment } from './child-environment';

const workspaceRoot = join(__dirname, '..', '..', '..', '..', '..');
const script = join(__dirname, 'relay-process.ts');
const tsconfig = join(workspaceRoot, 'tsconfig.json');

export interface RelayChildSettings {
  readonly databaseUrl: string;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly name: string;
  readonly category?: string;
}

/** A relay running in a child process (relay-process.ts), with the states it reported. */
export class RelayChild {
  readonly states: RelayState[] = [];
  readonly exited: Promise<number | null>;
  private stderr = '';
  private readonly stateReached = new Set<() => void>();

  private constructor(private readonly child: ChildProcess) {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.states.push((JSON.parse(line) as { state: RelayState }).state);
        } catch {
          // Not a state line.
        }
      }
      for (const check of this.stateReached) check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4_000);
    });
    // 'close' rather than 'exit': by then stderr has been read to its end.
    this.exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  }

  static start(settings: RelayChildSettings): RelayChild {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script], {
      cwd: workspaceRoot,
      env: tsNodeChildEnvironment(process.env, tsconfig, {
        RELAY_DATABASE_URL: settings.databaseUrl,
        RELAY_KAFKA_BROKERS: settings.brokers.join(','),
        RELAY_TOPIC: settings.topic,
        RELAY_NAME: settings.name,
        RELAY_CATEGORY: settings.category ?? '',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new RelayChild(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get state(): RelayState | undefined {
    return this.states[this.states.length - 1];
  }

  /** Its last lines on stderr, for failure messages. */
  get log(): string {
    return this.stderr;
  }

  /**
   * Resolves once the child reports `state`. Rejects at once if the child exits first, and after
   * `timeoutMs` otherwise, each time with the child's stderr as it is then (not as it was when the
   * wait began: a child that dies at start has written nothing yet).
   */
  waitForState(state: RelayState, timeoutMs = 45_000): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.stateReached.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (this.state === state) finish();
      };
      this.stateReached.add(check);
      const timer = setTimeout(() => finish(new Error(`relay ${this.pid} did not become ${state} within ${timeoutMs} ms; stderr:\n${this.log}`)), timeoutMs);
      void this.exited.then((code) => finish(new Error(`relay ${this.pid} exited (code ${code}) before becoming ${state}; stderr:\n${this.log}`)));
      check();
    });
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
