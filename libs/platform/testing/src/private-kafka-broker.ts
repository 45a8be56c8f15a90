import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);
const kafkaScripts = join(__dirname, '..', '..', '..', '..', 'infra', 'kafka');

/**
 * A new self-signed CA and a broker certificate it signed, in `directory` (ca.pem, broker.p12, …):
 * infra/kafka/generate-tls. Also what a test uses as a CA the broker's certificate does not come from.
 */
export const generateKafkaCertificates = async (directory: string, hosts = ['localhost', '127.0.0.1']): Promise<{ caFile: string }> => {
  await run(join(kafkaScripts, 'generate-tls'), [directory, ...hosts]);
  return { caFile: join(directory, 'ca.pem') };
};

export interface PrivateKafkaBrokerOptions {
  /**
   * Adds a SASL_SSL listener (SCRAM-SHA-512) with these users (name → password: letters, digits,
   * "-", "_"), and a CA and broker certificate generated for it (infra/kafka/generate-tls).
   */
  readonly saslSsl?: { readonly users: Readonly<Record<string, string>> };
}

/** Where a client reaches the SASL_SSL listener, and the CA certificate (PEM) it must trust. */
export interface SaslSslListener {
  readonly brokers: string[];
  readonly caFile: string;
}

/**
 * A broker of its own for a test that kills or stops Kafka, or needs a secured listener, so the
 * shared broker other test files use is never touched. Same scripts as the shared one, in a
 * temporary runtime directory. The PLAINTEXT listener is always there (`brokers`).
 */
export class PrivateKafkaBroker {
  private constructor(
    readonly port: number,
    private readonly environment: NodeJS.ProcessEnv,
    private readonly runtimeDir: string,
    readonly saslSsl: SaslSslListener | undefined,
  ) {}

  static async start(options: PrivateKafkaBrokerOptions = {}): Promise<PrivateKafkaBroker> {
    const runtimeDir = mkdtempSync(join(tmpdir(), 'titrepro-kafka-'));
    const [port, controllerPort] = [await freePort(), await freePort()];
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_RUNTIME_DIR: runtimeDir,
      KAFKA_HEAP: '-Xmx384m -Xms384m',
      KAFKA_CREATE_TOPICS: '0',
    };
    let saslSsl: SaslSslListener | undefined;
    if (options.saslSsl) {
      const tlsDir = join(runtimeDir, 'tls');
      const { caFile } = await generateKafkaCertificates(tlsDir);
      const saslSslPort = await freePort();
      Object.assign(environment, {
        KAFKA_SASL_SSL_PORT: String(saslSslPort),
        KAFKA_BROKER_TLS_DIR: tlsDir,
        KAFKA_SCRAM_USERS: Object.entries(options.saslSsl.users).map(([name, password]) => `${name}=${password}`).join(' '),
      });
      saslSsl = { brokers: [`127.0.0.1:${saslSslPort}`], caFile };
    }
    const broker = new PrivateKafkaBroker(port, environment, runtimeDir, saslSsl);
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
