import { signDevelopmentToken, type Role } from '@titrepro/platform-nest';
import { createSharedTopics } from '@titrepro/service-kit/testing';
import { createTestDatabase, freePort, kafkaBrokers, uniqueName, type TestDatabase } from '@titrepro/testing';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Answers, call, type CallOptions } from '../../faults/support/api';
import { ChildService, startedTwoAtATime } from '../../faults/support/child-service';

export const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
export type ServiceName = (typeof SERVICES)[number];
export const REGION = 'idf';

/** A test seed (never a real key), as the issuance's tests derive theirs. */
const seed = createHash('sha256').update('titrepro e2e test key idf').digest('base64url');
const ISSUER_ENV = {
  ISSUER_DID_HOST: 'titres.example.fr',
  ISSUER_KEYS: JSON.stringify({ [REGION]: [{ id: 'key-1', seed }] }),
  ISSUER_NAMES: JSON.stringify({ [REGION]: 'DREETS Île-de-France' }),
};

/**
 * The four services of one region, each a process of its own started from its main.ts as in
 * production, on their own databases and the shared Kafka broker under topics of their own: they
 * learn from each other only through Kafka, and the test reaches them only through their HTTP APIs.
 */
export class FourServices {
  readonly answers = new Answers();

  private constructor(
    private readonly services: ReadonlyMap<ServiceName, ChildService>,
    private readonly databases: readonly TestDatabase[],
  ) {}

  static async start(): Promise<FourServices> {
    const logDirectory = join(__dirname, '..', '..', '..', 'tmp', 'e2e', uniqueName('world'));
    mkdirSync(logDirectory, { recursive: true });
    const topicPrefix = await createSharedTopics();
    const ports = new Map<ServiceName, number>();
    for (const service of SERVICES) ports.set(service, await freePort());
    const registryUrl = `http://127.0.0.1:${ports.get('candidate-registry')}`;
    const services = new Map<ServiceName, ChildService>();
    const databases: TestDatabase[] = [];
    for (const service of SERVICES) {
      const prefix = `e2e_${service.replace(/-/g, '_')}`;
      const database = await createTestDatabase(prefix);
      const keyDatabase = await createTestDatabase(`${prefix}_keys`);
      databases.push(database, keyDatabase);
      const port = ports.get(service) ?? 0;
      const env = {
        REGION,
        DATABASE_URL: database.url,
        KEY_STORE_URL: keyDatabase.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_PREFIX: topicPrefix,
        ALLOW_DEVELOPMENT_KEY: 'true',
        LOG_LEVEL: 'warn',
        REGION_PEERS: service === 'document-issuance' ? `${REGION}=${registryUrl}` : '',
        ...(service === 'document-issuance' ? { ...ISSUER_ENV, PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
      };
      services.set(service, new ChildService(service, REGION, port, env, join(logDirectory, `${service}.log`)));
    }
    const world = new FourServices(services, databases);
    return startedTwoAtATime(world, [...services.values()]);
  }

  /** `Bearer <token>` for a role of the region. */
  async bearer(role: Role, subject = `${role}-1`): Promise<string> {
    return `Bearer ${await signDevelopmentToken({ subject, role, region: REGION })}`;
  }

  /** The base URL of a service, for a call `api` cannot make (a PDF's bytes). */
  url(service: ServiceName): string {
    const child = this.services.get(service);
    if (!child) throw new Error(`no ${service}`);
    return child.url;
  }

  /** Calls a service's public API; "not yet" statuses (news still on its way through Kafka) are asked again. */
  api<Body = Record<string, unknown>>(service: ServiceName, method: string, path: string, options: CallOptions): Promise<{ status: number; body: Body }> {
    const child = this.services.get(service);
    if (!child) throw new Error(`no ${service}`);
    return call<Body>(this.answers, () => child.url, method, path, { withinMs: 120_000, ...options });
  }

  async close(): Promise<void> {
    await Promise.all([...this.services.values()].map((child) => child.stop().catch(() => undefined)));
    await Promise.all(this.databases.map((database) => database.drop().catch(() => undefined)));
  }
}
