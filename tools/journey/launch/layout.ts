/** The two regional offices of the journey, each running the four services. */
export const JOURNEY_REGIONS = ['idf', 'bre'] as const;
export type JourneyRegion = (typeof JOURNEY_REGIONS)[number];

/** The services of one regional office, in the order of their ports (base+1 … base+4). */
export const REGION_SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
export type RegionService = (typeof REGION_SERVICES)[number];

/** Base URLs of one region's services. */
export interface RegionEndpoints {
  readonly registry: string;
  readonly evaluation: string;
  readonly jury: string;
  readonly issuance: string;
}

/** Where everything the journey started answers (the interface of /work/coord/NOTES.md, issue 22). */
export interface JourneyEndpoints {
  readonly regions: Readonly<Record<JourneyRegion, RegionEndpoints>>;
  readonly audit: string;
  readonly oidcIssuer: string;
  readonly kafkaBrokers: string;
  /** The services' KAFKA_TOPIC_PREFIX: '' when they use the default topics (the demo). */
  readonly topicPrefix: string;
}

const ENDPOINT_OF: Readonly<Record<RegionService, keyof RegionEndpoints>> = {
  'candidate-registry': 'registry',
  evaluation: 'evaluation',
  jury: 'jury',
  'document-issuance': 'issuance',
};

/** The ports of one launch, derived from its base so that the demo, the e2e test and the bench never collide. */
export interface JourneyPorts {
  readonly services: Readonly<Record<JourneyRegion, Readonly<Record<RegionService, number>>>>;
  readonly audit: number;
  readonly oidc: number;
}

/** idf's services on base+1…+4, bre's on base+101…+104, the audit on base+5, the OpenID provider on base+99 (or `oidcPort`). */
export const journeyPorts = (portBase: number, oidcPort?: number): JourneyPorts => {
  if (!Number.isInteger(portBase) || portBase < 1024 || portBase + 199 > 65_535) throw new RangeError(`portBase: ${portBase} must leave base..base+199 within 1024..65535`);
  const servicePorts = (regionIndex: number) =>
    Object.fromEntries(REGION_SERVICES.map((service, index) => [service, portBase + 100 * regionIndex + 1 + index])) as Record<RegionService, number>;
  return {
    services: { idf: servicePorts(0), bre: servicePorts(1) },
    audit: portBase + 5,
    oidc: oidcPort ?? portBase + 99,
  };
};

export const localUrl = (port: number): string => `http://127.0.0.1:${port}`;

export const journeyEndpoints = (ports: JourneyPorts, kafkaBrokers: string, topicPrefix: string): JourneyEndpoints => {
  const regionEndpoints = (region: JourneyRegion) =>
    Object.fromEntries(REGION_SERVICES.map((service) => [ENDPOINT_OF[service], localUrl(ports.services[region][service])])) as unknown as RegionEndpoints;
  return {
    regions: { idf: regionEndpoints('idf'), bre: regionEndpoints('bre') },
    audit: localUrl(ports.audit),
    oidcIssuer: localUrl(ports.oidc),
    kafkaBrokers,
    topicPrefix,
  };
};

const DATABASE_PREFIX = /^[a-z][a-z0-9_]{0,30}$/;

/** Checks a caller's database prefix: the names must stay valid PostgreSQL identifiers under 63 bytes. */
export const checkedDatabasePrefix = (prefix: string): string => {
  if (!DATABASE_PREFIX.test(prefix)) throw new RangeError(`databasePrefix: ${JSON.stringify(prefix)} must be lower-case letters, digits and _, starting with a letter, 31 at most`);
  return prefix;
};

/** `<prefix>_<region>_<service>` (dashes as underscores), or the region's key database `<prefix>_<region>_keys`: infra/postgres's names. */
export const databaseName = (prefix: string, region: JourneyRegion, service: RegionService | 'keys'): string => `${prefix}_${region}_${service.replace(/-/g, '_')}`;

/** Every database of a launch, the key databases included. */
export const journeyDatabases = (prefix: string): string[] =>
  JOURNEY_REGIONS.flatMap((region) => [...REGION_SERVICES, 'keys' as const].map((service) => databaseName(prefix, region, service)));

/** A process's name in logs, RSS figures and messages: `idf/jury`, `audit`, `oidc-provider`. */
export const processName = (region: JourneyRegion, service: RegionService): string => `${region}/${service}`;
