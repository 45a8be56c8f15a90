import { regionCode } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { kafkaSecurityVariables, refineKafkaSecurity } from './kafka-security-config';
import { candidateSubjectVariables } from './candidate-subject-config';
import { openIdVariables } from './openid-config';

/** A "true"/"false" variable with a default. */
export const flag = (defaultValue: 'true' | 'false') =>
  z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default(defaultValue)
    .transform((value) => value === 'true');

const commaSeparatedBrokers = z
  .string()
  .regex(/^[^,\s:]+:\d+(,[^,\s:]+:\d+)*$/, 'must be host:port[,host:port…]')
  .transform((value) => value.split(','));

/**
 * Variables every service reads at start-up. Required ones have no default on purpose: a deployment
 * that forgets its region or database must not start. The Kafka security rules between variables
 * are a refinement, which `.extend` keeps: the kit's and the apps' schemas inherit them.
 */
export const serviceConfigSchema = z.object({
  REGION: regionCode,
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  KAFKA_BROKERS: commaSeparatedBrokers,
  /** KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*, KAFKA_TLS_*: see kafka-security-config.ts. */
  ...kafkaSecurityVariables,
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** OIDC_ISSUERS, OIDC_ISSUERS_FILE, OIDC_CLOCK_SKEW_SECONDS, OIDC_JWKS_COOLDOWN_SECONDS: see openid-config.ts. */
  ...openIdVariables,
  /** CANDIDATE_SUBJECT_PEPPER(_FILE): see candidate-subject-config.ts. */
  ...candidateSubjectVariables,
  /** HS256 secret for bearer tokens. A service starts only with this, AUTH_PUBLIC_KEY, OIDC_ISSUERS(_FILE) or ALLOW_DEVELOPMENT_KEY=true. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** PEM (SPKI) public key for RS256/ES256/EdDSA tokens issued by an identity provider. */
  AUTH_PUBLIC_KEY: z.string().startsWith('-----BEGIN PUBLIC KEY-----').optional(),
  /**
   * Accept tokens signed with the development key committed in the repository. Asked for explicitly
   * (the demo, tests, docker-compose), never implied by NODE_ENV: a forgotten variable must not open
   * a deployment to anyone who read the repository.
   */
  ALLOW_DEVELOPMENT_KEY: flag('false'),
  /** Write the JSON logs to this file instead of stdout (tests read it; operators may ship it). */
  LOG_FILE: z.string().min(1).optional(),
}).superRefine(refineKafkaSecurity);

export type ServiceConfig = z.output<typeof serviceConfigSchema>;

/** The names of the variables a service cannot start without (used by the docker-compose test). */
export const requiredConfigVariables = (schema: z.ZodObject = serviceConfigSchema): string[] =>
  Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
