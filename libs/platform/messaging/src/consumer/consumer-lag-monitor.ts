import type { Admin, Kafka } from 'kafkajs';
import { errorText, type MessagingLogger } from '../messaging-logger';
import type { consumerMetrics } from '../metrics/messaging-metrics';

export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  /** The partition's high-water mark: the offset the next message will get. */
  readonly highWatermark: number;
  /** The group's committed offset (the next message it will read), or the log start when it has none. */
  readonly committed: number;
  readonly lag: number;
}

/** What the last look at Kafka found about a consumer group. */
export interface ConsumerProgress {
  readonly group: string;
  /** Messages after the group's committed offsets, over every partition it consumes. */
  readonly lag: number;
  /**
   * How long the group has had lag without its committed offsets moving (0 when it has none, or they
   * just moved): a consumer stuck on a message, or not running at all.
   */
  readonly stalledForMs: number;
  readonly partitions: readonly PartitionLag[];
  /** When Kafka last answered; undefined before the first look. */
  readonly checkedAt: Date | undefined;
  /** Why the last look failed, when it did (the figures are then the last ones known). */
  readonly lastError?: string;
}

/**
 * The real lag of a consumer group, as Kafka sees it: for each partition of its topics, high-water
 * mark minus the group's committed offset (admin fetchTopicOffsets and fetchOffsets), looked at every
 * `intervalMs`, whatever the consumer is doing (stuck on a message included). It also tells how long
 * the committed offsets have not moved while there was lag: the readiness of a stalled consumer.
 */
export class ConsumerLagMonitor {
  private admin: Admin | undefined;
  private timer: NodeJS.Timeout | undefined;
  private looking: Promise<void> | undefined;
  private partitions: readonly PartitionLag[] = [];
  private committedFingerprint = '';
  private lastMovedAt: number;
  private checkedAt: Date | undefined;
  private lastError: string | undefined;

  constructor(
    private readonly options: {
      readonly kafka: Kafka;
      readonly groupId: string;
      readonly topics: readonly string[];
      readonly metrics: ReturnType<typeof consumerMetrics>;
      readonly logger: MessagingLogger;
      readonly intervalMs: number;
      /** Runs after each look (the consumer publishes its pending dead letters then). */
      readonly onTick?: () => Promise<void>;
      readonly now?: () => number;
    },
  ) {
    this.lastMovedAt = this.now();
  }

  async start(): Promise<void> {
    this.lastMovedAt = this.now();
    this.admin = this.options.kafka.admin();
    await this.admin.connect();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.looking;
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }

  progress(): ConsumerProgress {
    const lag = this.partitions.reduce((sum, partition) => sum + partition.lag, 0);
    return {
      group: this.options.groupId,
      lag,
      stalledForMs: lag > 0 ? Math.max(0, this.now() - this.lastMovedAt) : 0,
      partitions: this.partitions,
      checkedAt: this.checkedAt,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Looks at Kafka now (the timer does it every intervalMs); a failure is kept in lastError, not thrown. */
  async refresh(): Promise<ConsumerProgress> {
    const admin = this.admin;
    if (!admin) return this.progress();
    try {
      const { groupId, topics } = this.options;
      const [ends, committed] = await Promise.all([
        Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
        admin.fetchOffsets({ groupId, topics: [...topics] }),
      ]);
      const committedOf = new Map(committed.flatMap(({ topic, partitions }) => partitions.map((p) => [`${topic}/${p.partition}`, Number(p.offset)] as const)));
      this.partitions = ends.flatMap(({ topic, partitions }) =>
        partitions.map(({ partition, high, low }) => {
          const stored = committedOf.get(`${topic}/${partition}`) ?? -1;
          const start = stored >= 0 ? stored : Number(low);
          return { topic, partition, highWatermark: Number(high), committed: start, lag: Math.max(0, Number(high) - start) };
        }),
      );
      const fingerprint = this.partitions.map((p) => `${p.topic}/${p.partition}@${p.committed}`).join(',');
      const lag = this.partitions.reduce((sum, partition) => sum + partition.lag, 0);
      if (fingerprint !== this.committedFingerprint || lag === 0) this.lastMovedAt = this.now();
      this.committedFingerprint = fingerprint;
      this.checkedAt = new Date(this.now());
      this.lastError = undefined;
      for (const p of this.partitions) this.options.metrics.lag.set({ group: groupId, topic: p.topic, partition: p.partition }, p.lag);
      this.options.metrics.stalled.set({ group: groupId }, this.progress().stalledForMs / 1000);
    } catch (error) {
      this.lastError = errorText(error);
      this.options.logger.warn('could not read the consumer lag from Kafka', { group: this.options.groupId, error: this.lastError });
    }
    return this.progress();
  }

  private async tick(): Promise<void> {
    if (this.looking) return;
    this.looking = (async () => {
      await this.refresh();
      await this.options.onTick?.().catch((error: unknown) => this.options.logger.warn('consumer housekeeping failed', { group: this.options.groupId, error: errorText(error) }));
    })().finally(() => (this.looking = undefined));
    await this.looking;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
