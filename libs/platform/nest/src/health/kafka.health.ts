import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { KAFKA_CLIENT_SECURITY, SERVICE_CONFIG, SERVICE_NAME } from '../config/config.tokens';
import type { KafkaClientSecurity } from '../config/kafka-client-security';
import type { ServiceConfig } from '../config/service-config';
import { ReadinessChecks } from './readiness-checks';
import type { ReadinessCheckResult } from './readiness-report';

const CHECK_TIMEOUT_MS = 2_000;

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });

/**
 * Ready only if a Kafka broker answers a metadata request. A failed check drops the admin client so
 * the next one reconnects, which lets readiness follow a broker that stops and comes back.
 */
@Injectable()
export class KafkaHealthIndicator implements OnModuleDestroy {
  private readonly kafka: Kafka;
  private admin: Admin | undefined;

  constructor(
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
    @Inject(SERVICE_NAME) serviceName: string,
    @Inject(KAFKA_CLIENT_SECURITY) security: KafkaClientSecurity,
    readiness: ReadinessChecks,
  ) {
    this.kafka = new Kafka({
      clientId: `${serviceName}-health`,
      brokers: config.KAFKA_BROKERS,
      ...security,
      connectionTimeout: CHECK_TIMEOUT_MS,
      requestTimeout: CHECK_TIMEOUT_MS,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    });
    readiness.register('kafka', () => this.check());
  }

  async check(): Promise<ReadinessCheckResult> {
    try {
      const cluster = await withTimeout(this.describeCluster(), CHECK_TIMEOUT_MS);
      return { status: 'up', details: { brokers: cluster.brokers.length } };
    } catch (error) {
      await this.dropAdmin();
      return { status: 'down', details: { message: (error as Error).message } };
    }
  }

  private async describeCluster() {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    return this.admin.describeCluster();
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.dropAdmin();
  }
}
