import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RelayState } from '../relay/relay';

const workspaceRoot = join(__dirname, '..', '..', '..', '..', '..');
const script = join(__dirname, 'relay-process.ts');

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
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4_000);
    });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(settings: RelayChildSettings): RelayChild {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        RELAY_DATABASE_URL: settings.databaseUrl,
        RELAY_KAFKA_BROKERS: settings.brokers.join(','),
        RELAY_TOPIC: settings.topic,
        RELAY_NAME: settings.name,
        RELAY_CATEGORY: settings.category ?? '',
      },
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

  kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}
