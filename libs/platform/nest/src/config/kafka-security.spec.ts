import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { kafkaClientSecurity, type ReadTextFile } from './kafka-client-security';
import { ConfigError, loadConfig } from './load-config';
import { serviceConfigSchema } from './service-config';

const PASSWORD = 'idf-password-that-must-never-show';
const CA = '-----BEGIN CERTIFICATE-----\nMIIB…ca\n-----END CERTIFICATE-----\n';
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB…service\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----\n';

const base = { REGION: 'idf', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x', KAFKA_BROKERS: 'kafka:9094' };
const saslSsl = { ...base, KAFKA_SECURITY_PROTOCOL: 'sasl_ssl', KAFKA_SASL_USERNAME: 'region-idf', KAFKA_TLS_CA_FILE: '/certs/ca.pem' };
const config = (environment: Record<string, string>) => loadConfig(serviceConfigSchema, environment);

/** The problems loadConfig reports, or [] when it accepts the environment. */
const problemsOf = (environment: Record<string, string>, schema: z.ZodType = serviceConfigSchema): readonly string[] => {
  try {
    loadConfig(schema, environment);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

const filesInMemory =
  (files: Record<string, string>): ReadTextFile =>
  (path) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };

describe('Kafka security variables', () => {
  it('default to plaintext, which adds no ssl or sasl option', () => {
    const settings = config(base);
    expect(settings.KAFKA_SECURITY_PROTOCOL).toBe('plaintext');
    expect(kafkaClientSecurity(settings, filesInMemory({}))).toEqual({});
  });

  it('refuse sasl_ssl without a username or a password, naming each variable', () => {
    expect(problemsOf({ ...base, KAFKA_SECURITY_PROTOCOL: 'sasl_ssl' })).toEqual([
      expect.stringMatching(/^KAFKA_SASL_USERNAME is missing: sasl_ssl authenticates as the region's principal/),
      expect.stringMatching(/^KAFKA_SASL_PASSWORD is missing: sasl_ssl needs KAFKA_SASL_PASSWORD or KAFKA_SASL_PASSWORD_FILE/),
    ]);
  });

  it('refuse SASL credentials over plaintext, without quoting the password', () => {
    const problems = problemsOf({ ...base, KAFKA_SASL_USERNAME: 'region-idf', KAFKA_SASL_PASSWORD: PASSWORD });
    expect(problems).toEqual([expect.stringMatching(/^KAFKA_SECURITY_PROTOCOL is plaintext but KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD is set/)]);
    expect(problems.join('\n')).not.toContain(PASSWORD);
  });

  it('refuse SASL credentials with ssl, TLS files with plaintext, two passwords and half a client certificate', () => {
    expect(problemsOf({ ...base, KAFKA_SECURITY_PROTOCOL: 'ssl', KAFKA_SASL_PASSWORD: PASSWORD })).toEqual([
      expect.stringMatching(/^KAFKA_SECURITY_PROTOCOL is ssl but KAFKA_SASL_PASSWORD is set: SCRAM authentication needs sasl_ssl/),
    ]);
    expect(problemsOf({ ...base, KAFKA_TLS_CA_FILE: '/certs/ca.pem' })).toEqual([
      expect.stringMatching(/^KAFKA_SECURITY_PROTOCOL is plaintext but KAFKA_TLS_CA_FILE is set/),
    ]);
    expect(problemsOf({ ...saslSsl, KAFKA_SASL_PASSWORD: PASSWORD, KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka' })).toEqual([
      'KAFKA_SASL_PASSWORD_FILE and KAFKA_SASL_PASSWORD are both set: keep one',
    ]);
    expect(problemsOf({ ...saslSsl, KAFKA_SASL_PASSWORD: PASSWORD, KAFKA_TLS_CERT_FILE: '/certs/idf.pem' })).toEqual([
      'KAFKA_TLS_KEY_FILE is missing: mutual TLS needs it with KAFKA_TLS_CERT_FILE',
    ]);
  });

  it('refuse an unknown protocol or mechanism, and an empty value', () => {
    expect(problemsOf({ ...base, KAFKA_SECURITY_PROTOCOL: 'SASL_PLAINTEXT' })).toEqual(['KAFKA_SECURITY_PROTOCOL must be plaintext, ssl or sasl_ssl']);
    expect(problemsOf({ ...saslSsl, KAFKA_SASL_PASSWORD: PASSWORD, KAFKA_SASL_MECHANISM: 'plain' })).toEqual([
      'KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512',
    ]);
    expect(problemsOf({ ...saslSsl, KAFKA_SASL_PASSWORD: '' })).toEqual(['KAFKA_SASL_PASSWORD must not be empty']);
  });

  it('keep their rules in a schema that extends serviceConfigSchema (as the kit and the apps do)', () => {
    const extended = serviceConfigSchema.extend({ RELAY_ENABLED: z.string().default('true') });
    expect(problemsOf({ ...base, KAFKA_SECURITY_PROTOCOL: 'sasl_ssl', KAFKA_SASL_PASSWORD: PASSWORD }, extended)).toEqual([
      expect.stringMatching(/^KAFKA_SASL_USERNAME is missing/),
    ]);
  });
});

describe('kafkaClientSecurity', () => {
  it('maps sasl_ssl to SCRAM-SHA-512 over TLS that trusts only the configured CA', () => {
    const security = kafkaClientSecurity(config({ ...saslSsl, KAFKA_SASL_PASSWORD: PASSWORD }), filesInMemory({ '/certs/ca.pem': CA }));
    expect(security).toEqual({
      ssl: { rejectUnauthorized: true, ca: [CA] },
      sasl: { mechanism: 'scram-sha-512', username: 'region-idf', password: PASSWORD },
    });
  });

  it('reads the password from KAFKA_SASL_PASSWORD_FILE without its final newline, and takes scram-sha-256', () => {
    const settings = config({ ...saslSsl, KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka', KAFKA_SASL_MECHANISM: 'scram-sha-256' });
    const security = kafkaClientSecurity(settings, filesInMemory({ '/certs/ca.pem': CA, '/run/secrets/kafka': `${PASSWORD}\n` }));
    expect(security.sasl).toEqual({ mechanism: 'scram-sha-256', username: 'region-idf', password: PASSWORD });
  });

  it('adds the client certificate and key for mutual TLS, with ssl or sasl_ssl', () => {
    const files = filesInMemory({ '/certs/ca.pem': CA, '/certs/idf.pem': CERT, '/certs/idf.key': KEY });
    const mutual = { KAFKA_TLS_CERT_FILE: '/certs/idf.pem', KAFKA_TLS_KEY_FILE: '/certs/idf.key' };
    const ssl = { rejectUnauthorized: true, ca: [CA], cert: CERT, key: KEY };
    expect(kafkaClientSecurity(config({ ...base, KAFKA_SECURITY_PROTOCOL: 'ssl', KAFKA_TLS_CA_FILE: '/certs/ca.pem', ...mutual }), files)).toEqual({ ssl });
    expect(kafkaClientSecurity(config({ ...saslSsl, KAFKA_SASL_PASSWORD: PASSWORD, ...mutual }), files)).toMatchObject({ ssl });
  });

  it('trusts the system CAs when no CA file is given', () => {
    expect(kafkaClientSecurity(config({ ...base, KAFKA_SECURITY_PROTOCOL: 'ssl' }), filesInMemory({}))).toEqual({ ssl: { rejectUnauthorized: true } });
  });

  it('refuses hand-built settings that break the variable rules', () => {
    const settings = { ...config(base), KAFKA_SECURITY_PROTOCOL: 'sasl_ssl' as const };
    expect(() => kafkaClientSecurity(settings, filesInMemory({}))).toThrow(/KAFKA_SASL_USERNAME is missing/);
  });

  describe('with files on disk', () => {
    const directory = mkdtempSync(join(tmpdir(), 'kafka-security-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('names the variable and the path of every file it cannot use, never the password', () => {
      const notPem = join(directory, 'ca.txt');
      const emptyPassword = join(directory, 'password');
      writeFileSync(notPem, 'not a certificate');
      writeFileSync(emptyPassword, '\n');
      const missingCert = join(directory, 'missing.pem');
      const settings = config({
        ...saslSsl,
        KAFKA_TLS_CA_FILE: notPem,
        KAFKA_SASL_PASSWORD_FILE: emptyPassword,
        KAFKA_TLS_CERT_FILE: missingCert,
        KAFKA_TLS_KEY_FILE: directory,
      });
      let error: unknown;
      try {
        kafkaClientSecurity(settings);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        `KAFKA_TLS_CA_FILE: ${notPem} holds no "-----BEGIN CERTIFICATE-----" (PEM expected)`,
        `KAFKA_TLS_CERT_FILE: ${missingCert} does not exist`,
        `KAFKA_TLS_KEY_FILE: ${directory} is a directory`,
        `KAFKA_SASL_PASSWORD_FILE: ${emptyPassword} is empty`,
      ]);
    });

    it('reads real files', () => {
      const caFile = join(directory, 'ca.pem');
      const passwordFile = join(directory, 'region-idf.password');
      writeFileSync(caFile, CA);
      writeFileSync(passwordFile, PASSWORD);
      const security = kafkaClientSecurity(config({ ...saslSsl, KAFKA_TLS_CA_FILE: caFile, KAFKA_SASL_PASSWORD_FILE: passwordFile }));
      expect(security).toEqual({ ssl: { rejectUnauthorized: true, ca: [CA] }, sasl: { mechanism: 'scram-sha-512', username: 'region-idf', password: PASSWORD } });
    });
  });
});
