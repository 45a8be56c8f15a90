import { z } from 'zod';

const filePath = (what: string) => z.string().min(1, `must name ${what}`);

/**
 * How a service authenticates to the Kafka cluster every region shares. Default plaintext, for the
 * demo and the tests; a region's deployment sets sasl_ssl with its own SCRAM principal. Files are
 * paths, read (and so checked) at start-up by `kafkaClientSecurity`.
 */
export const kafkaSecurityVariables = {
  /** plaintext (local broker only), ssl (encrypted, no SASL: identity from KAFKA_TLS_CERT_FILE or none), sasl_ssl. */
  KAFKA_SECURITY_PROTOCOL: z
    .enum(['plaintext', 'ssl', 'sasl_ssl'], { error: 'must be plaintext, ssl or sasl_ssl' })
    .default('plaintext'),
  KAFKA_SASL_MECHANISM: z
    .enum(['scram-sha-256', 'scram-sha-512'], { error: 'must be scram-sha-256 or scram-sha-512' })
    .default('scram-sha-512'),
  /** The region's principal, e.g. region-idf: the broker's ACLs are written for it. */
  KAFKA_SASL_USERNAME: z.string().min(1, 'must not be empty').optional(),
  /** The password itself; prefer KAFKA_SASL_PASSWORD_FILE (a mounted secret), which leaves no copy in the environment. */
  KAFKA_SASL_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  KAFKA_SASL_PASSWORD_FILE: filePath('a file holding the password').optional(),
  /** PEM certificate(s) of the CA that signed the brokers' certificates; without it, the system's CAs. */
  KAFKA_TLS_CA_FILE: filePath('a PEM file').optional(),
  /** Mutual TLS: the service's PEM certificate and its private key, both or neither. */
  KAFKA_TLS_CERT_FILE: filePath('a PEM file').optional(),
  KAFKA_TLS_KEY_FILE: filePath('a PEM file').optional(),
};

export type KafkaSecuritySettings = z.output<z.ZodObject<typeof kafkaSecurityVariables>>;

const saslVariables = ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE'] as const;
const tlsVariables = ['KAFKA_TLS_CA_FILE', 'KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'] as const;

/**
 * The rules between the variables, each reported on the variable to change. Messages never quote a
 * value: a password must not reach a log through a start-up error.
 */
export const kafkaSecurityProblems = (settings: KafkaSecuritySettings): { variable: string; problem: string }[] => {
  const problems: { variable: string; problem: string }[] = [];
  const protocol = settings.KAFKA_SECURITY_PROTOCOL;
  const saslSet = saslVariables.filter((name) => settings[name] !== undefined);
  const tlsSet = tlsVariables.filter((name) => settings[name] !== undefined);

  if (protocol !== 'sasl_ssl' && saslSet.length > 0) {
    problems.push({
      variable: 'KAFKA_SECURITY_PROTOCOL',
      problem:
        protocol === 'plaintext'
          ? `is plaintext but ${saslSet.join(', ')} is set: SASL credentials are only sent over TLS (set sasl_ssl)`
          : `is ssl but ${saslSet.join(', ')} is set: SCRAM authentication needs sasl_ssl`,
    });
  }
  if (protocol === 'plaintext' && tlsSet.length > 0) {
    problems.push({ variable: 'KAFKA_SECURITY_PROTOCOL', problem: `is plaintext but ${tlsSet.join(', ')} is set: set ssl or sasl_ssl` });
  }
  if (protocol === 'sasl_ssl') {
    if (settings.KAFKA_SASL_USERNAME === undefined) {
      problems.push({ variable: 'KAFKA_SASL_USERNAME', problem: "is missing: sasl_ssl authenticates as the region's principal (e.g. region-idf)" });
    }
    if (settings.KAFKA_SASL_PASSWORD === undefined && settings.KAFKA_SASL_PASSWORD_FILE === undefined) {
      problems.push({ variable: 'KAFKA_SASL_PASSWORD', problem: 'is missing: sasl_ssl needs KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE' });
    }
    if (settings.KAFKA_SASL_PASSWORD !== undefined && settings.KAFKA_SASL_PASSWORD_FILE !== undefined) {
      problems.push({ variable: 'KAFKA_SASL_PASSWORD_FILE', problem: 'and KAFKA_SASL_PASSWORD are both set: keep one' });
    }
  }
  if ((settings.KAFKA_TLS_CERT_FILE === undefined) !== (settings.KAFKA_TLS_KEY_FILE === undefined)) {
    const [missing, present] =
      settings.KAFKA_TLS_CERT_FILE === undefined ? ['KAFKA_TLS_CERT_FILE', 'KAFKA_TLS_KEY_FILE'] : ['KAFKA_TLS_KEY_FILE', 'KAFKA_TLS_CERT_FILE'];
    problems.push({ variable: missing, problem: `is missing: mutual TLS needs it with ${present}` });
  }
  return problems;
};

/** For serviceConfigSchema's superRefine: the rules above as zod issues on their variables. */
export const refineKafkaSecurity = (settings: KafkaSecuritySettings, context: z.RefinementCtx): void => {
  for (const { variable, problem } of kafkaSecurityProblems(settings)) {
    context.addIssue({ code: 'custom', path: [variable], message: problem });
  }
};
