import { kafkaBrokers, postgresAdminUrl } from '@titrepro/testing';
import { loadConfig } from '../config/load-config';
import { serviceConfigSchema, type ServiceConfig } from '../config/service-config';

/**
 * The probe service's config on this machine's PostgreSQL and Kafka. Tests ask for the development
 * signing key explicitly, as every deployment must; `environment` overrides or removes (undefined) any variable.
 */
export const probeConfig = (environment: Record<string, string | undefined> = {}): ServiceConfig =>
  loadConfig(serviceConfigSchema, {
    REGION: 'idf',
    DATABASE_URL: postgresAdminUrl(),
    KAFKA_BROKERS: kafkaBrokers().join(','),
    LOG_LEVEL: 'silent',
    ALLOW_DEVELOPMENT_KEY: 'true',
    ...environment,
  });
