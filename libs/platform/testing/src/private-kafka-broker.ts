import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const kafkaScripts = join(__dirname, '..', '..', '..', '..', 'infra', 'kafka');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * A broker of its own for a test that kills or stops Kafka, so the shared broker other test files
 * use is never touched. Same scripts as the shared one, in a temporary runtime directory.
 */
export class PrivateKafkaBroker {
  private constructor(
    readonly port: number,
    private readonly environment: NodeJS.ProcessEnv,
    private readonly runtimeDir: string,
  ) {}

  static async start(): Promise<PrivateKafkaBroker> {
    const runtimeDir = mkdtempSync(join(tmpdir(), 'titrepro-kafka-'));
    const [port, controllerPort] = [await freePort(), await freePort()];
    const environment = {
      ...process.env,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_RUNTIME_DIR: runtimeDir,
      KAFKA_HEAP: '-Xmx384m -Xms384m',
      KAFKA_CREATE_TOPICS: '0',
    };
    const broker = new PrivateKafkaBroker(port, environment, runtimeDir);
    await broker.restart();
    return broker;
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** (Re)starts the broker on the same ports and data, as after a crash. */
  async restart(): Promise<void> {
    await run(join(kafkaScripts, 'start'), { env: this.environment });
  }

  /** SIGKILL: no clean shutdown, as in a crash. */
  kill(): void {
    const pid = Number(readFileSync(join(this.runtimeDir, 'kafka.pid'), 'utf8').trim());
    process.kill(pid, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await run(join(kafkaScripts, 'stop'), { env: this.environment });
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.runtimeDir, { recursive: true, force: true });
  }
}
