import { kafkaBrokers, postgresAdminUrl } from '@titrepro/testing';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { runProbeProcess } from '../testing/probe-process';
import { probeService } from '../testing/probe-service';
import { ConfigError } from './load-config';

const PASSWORD = 'idf-password-that-must-never-show';
const missingCa = join(tmpdir(), 'titrepro-no-such-dir', 'ca.pem');
const secured = {
  KAFKA_SECURITY_PROTOCOL: 'sasl_ssl',
  KAFKA_SASL_USERNAME: 'region-idf',
  KAFKA_SASL_PASSWORD: PASSWORD,
  KAFKA_TLS_CA_FILE: missingCa,
};

describe('a service whose Kafka security config names a file that does not exist', () => {
  it('does not build, with a ConfigError naming the variable and the path', async () => {
    const starting = createServiceApp(probeService, probeConfig(secured));
    await expect(starting).rejects.toBeInstanceOf(ConfigError);
    await expect(starting).rejects.toThrow(`KAFKA_TLS_CA_FILE: ${missingCa} does not exist`);
  });

  it('exits 78 with the path on stderr, and no password there', async () => {
    const exit = await runProbeProcess({
      REGION: 'idf',
      DATABASE_URL: postgresAdminUrl(),
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PORT: '3999', // never bound: the process must stop before listening
      LOG_LEVEL: 'info',
      ALLOW_DEVELOPMENT_KEY: 'true',
      ...secured,
    });
    expect(exit.stderr).toContain(`KAFKA_TLS_CA_FILE: ${missingCa} does not exist`);
    expect(exit.stderr).not.toContain(PASSWORD);
    expect(exit.code).toBe(78);
  }, 60_000);
});
