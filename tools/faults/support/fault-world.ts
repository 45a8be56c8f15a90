import { createIntegrationTopics, createKafka } from '@titrepro/messaging';
import { signDevelopmentToken, type Role } from '@titrepro/platform-nest';
import { createTestDatabase, freePort, PrivateKafkaBroker, postgresAdminUrl, uniqueName, type TestDatabase } from '@titrepro/testing';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { ChildService, startedTwoAtATime } from './child-service';

export const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
export type ServiceName = (typeof SERVICES)[number];
export const REGIONS = ['idf', 'bre'] as const;
export type Region = (typeof REGIONS)[number];

/** A test seed (never a real key), as the issuance's tests derive theirs. */
const seedOf = (label: string): string => createHash('sha256').update(`titrepro faults test key ${label}`).digest('base64url');
const ISSUER_ENV = {
  ISSUER_DID_HOST: 'titres.example.fr',
  ISSUER_KEYS: JSON.stringify(Object.fromEntries(REGIONS.map((region) => [region, [{ id: 'key-1', seed: seedOf(region) }]]))),
  ISSUER_NAMES: JSON.stringify({ idf: 'DREETS Île-de-France', bre: 'DREETS Bretagne' }),
};

/** The databases of one deployment: its events and read models, and its keys. */
interface DeploymentDatabases {
  readonly database: TestDatabase;
  readonly keyDatabase: TestDatabase;
}

/** Runs SQL as the server's administrator (the role that owns nothing of the world's). */
export const asAdministrator = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/**
 * The four services of two regions, each a process of its own, on a private Kafka broker (it is
 * stopped by a fault; the shared one never is) and on databases owned by a login role of the
 * world's own: its connections can be counted, limited and terminated without touching the other
 * tests sharing the server (superusers ignore per-database limits; a role's limit binds it).
 */
export class FaultWorld {
  private constructor(
    readonly broker: PrivateKafkaBroker,
    readonly role: string,
    readonly topicPrefix: string,
    readonly services: ReadonlyMap<string, ChildService>,
    private readonly databases: ReadonlyMap<string, DeploymentDatabases>,
    readonly logDirectory: string,
  ) {}

  static async start(options: { readonly env?: Readonly<Record<string, string>> } = {}): Promise<FaultWorld> {
    const logDirectory = join(__dirname, '..', '..', '..', 'tmp', 'faults', uniqueName('world'));
    mkdirSync(logDirectory, { recursive: true });
    const role = uniqueName('tp_faults_role');
    await asAdministrator((client) => client.query(`CREATE ROLE "${role}" LOGIN`));
    const broker = await PrivateKafkaBroker.start();
    const topicPrefix = `${uniqueName('faults')}.`;
    const admin = createKafka({ brokers: broker.brokers, clientId: 'fault-world' }).admin();
    await admin.connect();
    await createIntegrationTopics(admin, topicPrefix);
    await admin.disconnect();

    const ports = new Map<string, number>();
    for (const region of REGIONS) for (const service of SERVICES) ports.set(`${service}/${region}`, await freePort());
    const databases = new Map<string, DeploymentDatabases>();
    const services = new Map<string, ChildService>();
    const asRole = (database: TestDatabase) => {
      const url = new URL(database.url);
      url.username = role;
      url.password = '';
      return url.toString();
    };
    for (const region of REGIONS) {
      for (const service of SERVICES) {
        const prefix = `f_${service.replace(/-/g, '_')}`;
        const database = await createTestDatabase(prefix);
        const keyDatabase = await createTestDatabase(`${prefix}_keys`);
        await asAdministrator(async (client) => {
          await client.query(`ALTER DATABASE "${database.name}" OWNER TO "${role}"`);
          await client.query(`ALTER DATABASE "${keyDatabase.name}" OWNER TO "${role}"`);
        });
        databases.set(`${service}/${region}`, { database, keyDatabase });
        const registryOf = (of: Region) => `http://127.0.0.1:${ports.get(`candidate-registry/${of}`)}`;
        const peers =
          service === 'candidate-registry' ? REGIONS.filter((other) => other !== region).map((other) => `${other}=${registryOf(other)}`).join(',') : service === 'document-issuance' ? `${region}=${registryOf(region)}` : '';
        const port = ports.get(`${service}/${region}`) ?? 0;
        services.set(
          `${service}/${region}`,
          new ChildService(
            service,
            region,
            port,
            {
              REGION: region,
              DATABASE_URL: asRole(database),
              KEY_STORE_URL: asRole(keyDatabase),
              KAFKA_BROKERS: broker.brokers.join(','),
              KAFKA_TOPIC_PREFIX: topicPrefix,
              ALLOW_DEVELOPMENT_KEY: 'true',
              LOG_LEVEL: 'warn',
              REGION_PEERS: peers,
              ...(service === 'document-issuance' ? { ...ISSUER_ENV, PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
              ...options.env,
            },
            join(logDirectory, `${service}-${region}.log`),
          ),
        );
      }
    }
    const world = new FaultWorld(broker, role, topicPrefix, services, databases, logDirectory);
    return startedTwoAtATime(world, [...services.values()]);
  }

  service(service: ServiceName, region: Region): ChildService {
    const child = this.services.get(`${service}/${region}`);
    if (!child) throw new Error(`no ${service}/${region}`);
    return child;
  }

  databasesOf(service: ServiceName, region: Region): DeploymentDatabases {
    const databases = this.databases.get(`${service}/${region}`);
    if (!databases) throw new Error(`no ${service}/${region}`);
    return databases;
  }

  /** `Bearer <token>` for a role of a region. */
  async bearer(role: Role, region: Region, subject = `${role}-1`): Promise<string> {
    return `Bearer ${await signDevelopmentToken({ subject, role, region })}`;
  }

  /** The variables `npm run reconcile` reads to find this world's deployments. */
  reconcileEnvironment(): Record<string, string> {
    const urls = (pick: (databases: DeploymentDatabases) => TestDatabase) => [...this.databases].map(([deployment, databases]) => `${deployment}=${pick(databases).url}`).join(',');
    const any = this.services.values().next().value as ChildService;
    return {
      ...ISSUER_ENV,
      KAFKA_BROKERS: this.broker.brokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      RECONCILE_DATABASE_URLS: urls((databases) => databases.database),
      RECONCILE_KEY_STORE_URLS: urls((databases) => databases.keyDatabase),
      LOG_LEVEL: any.env['LOG_LEVEL'] ?? 'warn',
    };
  }

  /** The world's database names: what its role connects to. */
  databaseNames(): string[] {
    return [...this.databases.values()].flatMap(({ database, keyDatabase }) => [database.name, keyDatabase.name]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.services.values()].map((child) => child.stop().catch(() => undefined)));
    await this.broker.destroy().catch(() => undefined);
    for (const { database, keyDatabase } of this.databases.values()) await Promise.all([database.drop(), keyDatabase.drop()]).catch(() => undefined);
    await asAdministrator((client) => client.query(`DROP ROLE IF EXISTS "${this.role}"`)).catch(() => undefined);
  }
}
