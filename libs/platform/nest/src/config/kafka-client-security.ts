import type { KafkaConfig, SASLOptions } from 'kafkajs';
import { readFileSync } from 'node:fs';
import { kafkaSecurityProblems, type KafkaSecuritySettings } from './kafka-security-config';
import { ConfigError } from './load-config';

/** The part of a kafkajs client's options that says how it proves who it talks to, and who it is. */
export type KafkaClientSecurity = Pick<KafkaConfig, 'ssl' | 'sasl'>;

export type ReadTextFile = (path: string) => string;

type FileVariable = 'KAFKA_TLS_CA_FILE' | 'KAFKA_TLS_CERT_FILE' | 'KAFKA_TLS_KEY_FILE' | 'KAFKA_SASL_PASSWORD_FILE';

const readUtf8: ReadTextFile = (path) => readFileSync(path, 'utf8');

const why = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES') return 'is not readable by this process';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot be read (${code ?? String(error)})`;
};

/**
 * kafkajs `ssl`/`sasl` options from a service config's KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_* and
 * KAFKA_TLS_* variables. Reads the files the config names through `readFile`, nothing
 * else, so a test gives it files from memory. A file that is missing, unreadable or not what it
 * should be is a ConfigError naming the variable and the path (exit 78 at start-up): better than
 * a TLS error on the first connection. The password is in the result only, never in an error.
 */
export const kafkaClientSecurity = (settings: KafkaSecuritySettings, readFile: ReadTextFile = readUtf8): KafkaClientSecurity => {
  // serviceConfigSchema checked these already; settings built by hand get the same answer.
  const ruleProblems = kafkaSecurityProblems(settings);
  if (ruleProblems.length > 0) throw new ConfigError(ruleProblems.map(({ variable, problem }) => `${variable} ${problem}`));
  if (settings.KAFKA_SECURITY_PROTOCOL === 'plaintext') return {};
  const problems: string[] = [];
  const read = (variable: FileVariable, shouldContain?: string): string | undefined => {
    const path = settings[variable];
    if (path === undefined) return undefined;
    try {
      const text = readFile(path);
      if (shouldContain && !text.includes(shouldContain)) problems.push(`${variable}: ${path} holds no "${shouldContain}" (PEM expected)`);
      return text;
    } catch (error) {
      problems.push(`${variable}: ${path} ${why(error)}`);
      return undefined;
    }
  };

  const ca = read('KAFKA_TLS_CA_FILE', '-----BEGIN CERTIFICATE-----');
  const cert = read('KAFKA_TLS_CERT_FILE', '-----BEGIN CERTIFICATE-----');
  const key = read('KAFKA_TLS_KEY_FILE', 'PRIVATE KEY-----');
  // A secret file usually ends with a newline the password does not have.
  const passwordFromFile = read('KAFKA_SASL_PASSWORD_FILE')?.replace(/\r?\n$/, '');
  if (passwordFromFile === '') problems.push(`KAFKA_SASL_PASSWORD_FILE: ${settings.KAFKA_SASL_PASSWORD_FILE} is empty`);
  if (problems.length > 0) throw new ConfigError(problems);

  // With a CA file, only that CA is trusted (Node replaces its default list): a certificate bought
  // from a public CA for another host does not pass for the broker.
  const ssl = {
    rejectUnauthorized: true,
    ...(ca !== undefined ? { ca: [ca] } : {}),
    ...(cert !== undefined && key !== undefined ? { cert, key } : {}),
  };
  if (settings.KAFKA_SECURITY_PROTOCOL === 'ssl') return { ssl };
  const username = settings.KAFKA_SASL_USERNAME ?? '';
  const password = settings.KAFKA_SASL_PASSWORD ?? passwordFromFile ?? '';
  const sasl: SASLOptions =
    settings.KAFKA_SASL_MECHANISM === 'scram-sha-256'
      ? { mechanism: 'scram-sha-256', username, password }
      : { mechanism: 'scram-sha-512', username, password };
  return { ssl, sasl };
};
