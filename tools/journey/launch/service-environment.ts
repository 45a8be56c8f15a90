import { createHash } from 'node:crypto';
import { auditDatabaseUrl, serviceDatabaseUrl } from './databases';
import { JOURNEY_REGIONS, REGION_SERVICES, localUrl, type JourneyPorts, type JourneyRegion, type RegionService } from './layout';
import { openIdEnvironment } from './openid-provider';

/**
 * The fewest connections the kit lets a service hold (5 dedicated + event store 2 + read models 1 +
 * key store 1): the eight services take 72 of PostgreSQL's 100, the audit at most 17 (2 per store,
 * opened on demand, and its readiness probe), 89 ≤ 100 − 3 reserved − 5 headroom (README, "Connection budget").
 */
export const DEFAULT_POOL_SIZE_PER_SERVICE = 9;

const ISSUER_NAMES: Readonly<Record<JourneyRegion, string>> = { idf: 'DREETS Île-de-France', bre: 'DREETS Bretagne' };

/**
 * A region's issuer key, derived from a public label. Development only, like the development token
 * key: a real region's seed is a secret.
 */
const developmentSeed = (region: string): string => createHash('sha256').update(`titrepro development issuer key ${region}`).digest('base64url');

export interface LaunchSettings {
  readonly ports: JourneyPorts;
  readonly databasePrefix: string;
  readonly kafkaBrokers: string;
  readonly topicPrefix: string;
  readonly oidcIssuer: string;
  readonly poolSizePerService: number;
  readonly logLevel: string;
}

/** What every process of the journey is told, the audit included. */
const commonEnvironment = (settings: LaunchSettings, region: string, port: number): Record<string, string> => ({
  REGION: region,
  PORT: String(port),
  HOST: '127.0.0.1',
  KAFKA_BROKERS: settings.kafkaBrokers,
  LOG_LEVEL: settings.logLevel,
  ...openIdEnvironment(settings.oidcIssuer, region, JOURNEY_REGIONS),
  // The scenario signs candidates' tokens with the development key (their provider sign-in is not linked to a file here).
  ALLOW_DEVELOPMENT_KEY: 'true',
});

const peersOf = (settings: LaunchSettings, regions: readonly JourneyRegion[]): string =>
  regions.map((code) => `${code}=${localUrl(settings.ports.services[code]['candidate-registry'])}`).join(',');

/** One region's service: its databases, its peers (registries only: transfers, and the names on a parchemin), its issuer. */
export const serviceEnvironment = (settings: LaunchSettings, region: JourneyRegion, service: RegionService): Record<string, string> => {
  const port = settings.ports.services[region][service];
  const otherRegions = JOURNEY_REGIONS.filter((code) => code !== region);
  return {
    ...commonEnvironment(settings, region, port),
    DATABASE_URL: serviceDatabaseUrl(settings.databasePrefix, region, service),
    KEY_STORE_URL: serviceDatabaseUrl(settings.databasePrefix, region, 'keys'),
    KAFKA_TOPIC_PREFIX: settings.topicPrefix,
    DATABASE_POOL_SIZE: String(settings.poolSizePerService),
    REGION_PEERS: service === 'candidate-registry' ? peersOf(settings, otherRegions) : service === 'document-issuance' ? peersOf(settings, JOURNEY_REGIONS) : '',
    ...(service === 'document-issuance'
      ? {
          ISSUER_DID_HOST: `127.0.0.1%3A${port}`,
          ISSUER_KEYS: JSON.stringify({ [region]: [{ id: 'development-key', seed: developmentSeed(region) }] }),
          ISSUER_NAMES: JSON.stringify({ [region]: ISSUER_NAMES[region] }),
          PUBLIC_BASE_URL: localUrl(port),
        }
      : {}),
  };
};

/** The audit: every store of both regions through the read-only role; DATABASE_URL is only what its readiness probes. */
export const auditEnvironment = (settings: LaunchSettings): Record<string, string> => {
  const stores = JOURNEY_REGIONS.flatMap((region) => REGION_SERVICES.map((service) => ({ region, service, url: auditDatabaseUrl(settings.databasePrefix, region, service) })));
  return {
    ...commonEnvironment(settings, 'idf', settings.ports.audit),
    DATABASE_URL: stores[0]?.url ?? '',
    AUDIT_STORES: JSON.stringify(stores),
  };
};
