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
  /**
   * Topics of the group that do not exist on the broker (yet): nothing of them can be consumed, and
   * the consumer cannot join its group until they appear. Absent when every topic exists.
   */
  readonly missingTopics?: readonly string[];
  /**
   * Why the consumer is not consuming at all (its group could not be joined: a topic missing, the
   * broker away), set by the consumer while it retries; absent while it consumes.
   */
  readonly notConsuming?: string;
}

/**
 * The real lag of a consumer group, as Kafka sees it: for each partition of its topics, high-water
 * mark minus the group's committed offset (admin fetchTopicOffsets and fetchOffsets), looked at every
 * `intervalMs`, whatever the consumer is doing (stuck on a message included). It also tells how long
 * the committed offsets have not moved while there was lag: the readiness of a stalled consumer.
 * Topics that do not exist are reported (missingTopics), not looked up: kafkajs would fail the whole
 * look with UNKNOWN_TOPIC_OR_PARTITION. A failed look never throws, is logged once until it changes,
 * and drops the admin client: kafkajs keeps a topic it once looked up in every later metadata
 * request, so one deleted topic would fail every later look of the same client (kafkajs#1622).
 */
export class ConsumerLagMonitor {
  private admin: Admin | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private looking: Promise<void> | undefined;
  private partitions: readonly PartitionLag[] = [];
  private committedFingerprint = '';
  private lastMovedAt: number;
  private checkedAt: Date | undefined;
  private lastError: string | undefined;
  private missingTopics: readonly string[] = [];
  /** What was last logged about the looks (an error, or the missing topics): logged again only when it changes. */
  private lastReported = '';

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

  /** Starts looking every intervalMs; never fails: the admin client connects at the first look. */
  async start(): Promise<void> {
    this.lastMovedAt = this.now();
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stopped = true;
    await this.looking;
    await this.dropAdmin();
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
      ...(this.missingTopics.length > 0 ? { missingTopics: this.missingTopics } : {}),
    };
  }

  /** Looks at Kafka now (the timer does it every intervalMs); a failure is kept in lastError, not thrown. */
  async refresh(): Promise<ConsumerProgress> {
    if (this.stopped) return this.progress();
    try {
      const admin = await this.connectedAdmin();
      const { groupId, topics } = this.options;
      const existing = new Set(await admin.listTopics());
      this.missingTopics = topics.filter((topic) => !existing.has(topic));
      const present = topics.filter((topic) => existing.has(topic));
      const [ends, committed] = present.length === 0 ? [[], []] : await Promise.all([
        Promise.all(present.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) }))),
        admin.fetchOffsets({ groupId, topics: present }),
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
      this.report(
        this.missingTopics.length > 0 ? `missing ${this.missingTopics.join(',')}` : '',
        () => this.options.logger.warn('consumer waits for topics that do not exist yet; it consumes once they appear', { group: groupId, topics: this.missingTopics }),
      );
    } catch (error) {
      this.lastError = errorText(error);
      await this.dropAdmin();
      this.report(`error ${this.lastError}`, () =>
        this.options.logger.warn('could not read the consumer lag from Kafka; looking again', { group: this.options.groupId, error: this.lastError }),
      );
    }
    return this.progress();
  }

  private async connectedAdmin(): Promise<Admin> {
    if (this.admin) return this.admin;
    const admin = this.options.kafka.admin();
    await admin.connect();
    this.admin = admin;
    return admin;
  }

  private async dropAdmin(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    await admin?.disconnect().catch(() => undefined);
  }

  /** Logs a condition once, when it starts; its end (back to '') is logged once too. */
  private report(condition: string, log: () => void): void {
    if (condition === this.lastReported) return;
    const ended = this.lastReported;
    this.lastReported = condition;
    if (condition) log();
    else if (ended) this.options.logger.info('consumer lag is read from Kafka again, every topic present', { group: this.options.groupId });
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
