import type { RecordedEvent } from '@titrepro/event-store';
import type { EventToPark } from './parked-relay-event';
import type { RoutedEvent } from './route-event';
import type { OutgoingMessage } from './to-kafka-messages';

/** Sends one batch; resolves once Kafka acknowledged it. */
export type SendBatch = (messages: readonly OutgoingMessage[]) => Promise<void>;
/** Moves the checkpoint to the last event of an acknowledged batch, recording the events it parked. */
export type SaveCheckpoint = (lastPosition: number, messages: number, parked: readonly EventToPark[]) => Promise<void>;

export interface PublishBatcherOptions {
  /** What an event becomes: messages, or a parked event. */
  readonly route: (event: RecordedEvent) => RoutedEvent | Promise<RoutedEvent>;
  readonly send: SendBatch;
  readonly checkpoint: SaveCheckpoint;
  /** Events per batch (events that map to nothing count too: they move the checkpoint). */
  readonly batchSize: number;
  /** How long a partial batch waits for more events before it is sent. */
  readonly lingerMs: number;
  /**
   * Full batches that may wait for their acknowledgement while the next one fills (default 2): the
   * subscription keeps reading while the broker answers, and memory stays bounded.
   */
  readonly maxBatchesAhead?: number;
  /** A batch sent on the linger timer failed. */
  readonly onFailure: (error: unknown) => void;
}

/**
 * Collects the events a subscription delivers into batches and sends them one after the other. A
 * batch's checkpoint is written once it and every batch before it are acknowledged, while the next
 * batch is already on the wire (batches acknowledged during a checkpoint's write share the next one). While batches are on the wire the next ones fill; past
 * `maxBatchesAhead` full batches, `add` waits: the subscription is held back rather than memory growing.
 */
export class PublishBatcher {
  private messages: OutgoingMessage[] = [];
  private parked: EventToPark[] = [];
  private events = 0;
  private lastPosition = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> = Promise.resolve();
  private inFlight: Promise<void> = Promise.resolve();
  /** Flushed batches not yet checkpointed, oldest first (they settle in this order). */
  private readonly unsettled: Array<Promise<void>> = [];
  private closed = false;
  private failure: { error: unknown } | undefined;
  /** Acknowledged batches whose checkpoint is not written yet, merged. */
  private toCheckpoint: { lastPosition: number; messages: number; parked: EventToPark[]; waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> } | undefined;
  private checkpointing = false;
  private checkpointFailure: { error: unknown } | undefined;

  constructor(private readonly options: PublishBatcherOptions) {}

  /** The subscription's handler. */
  readonly add = async (event: RecordedEvent): Promise<void> => {
    if (this.closed) throw new Error('the publishing session ended');
    if (this.failure) throw this.failure.error;
    const routed = this.options.route(event);
    const { messages, parked } = routed instanceof Promise ? await routed : routed;
    if (this.closed) throw new Error('the publishing session ended');
    this.messages.push(...messages);
    if (parked) this.parked.push(parked);
    this.events += 1;
    this.lastPosition = event.globalPosition;
    if (this.events >= this.options.batchSize) {
      void this.flush().catch(this.options.onFailure);
      const oldest = this.unsettled[0];
      if (oldest && this.unsettled.length > (this.options.maxBatchesAhead ?? 2)) await oldest;
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush().catch(this.options.onFailure), this.options.lingerMs);
    }
  };

  /** Sends what is collected, after the batch on the wire; resolves once it is acknowledged. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.events === 0) return this.inFlight;
    const { messages, parked, lastPosition } = this;
    this.messages = [];
    this.parked = [];
    this.events = 0;
    // A failed batch fails every later one: nothing is sent, and no checkpoint written, past a gap.
    const sent = this.sending.then(() => this.options.send(messages));
    this.sending = sent;
    // Batches are acknowledged in order (one send at a time), so each acknowledgement may move the checkpoint.
    const settled = sent.then(() => this.acknowledged(lastPosition, messages.length, parked));
    this.inFlight = settled;
    this.unsettled.push(settled);
    const forget = () => void this.unsettled.splice(this.unsettled.indexOf(settled), 1);
    settled.then(forget, (error: unknown) => {
      this.failure ??= { error };
      forget();
    });
    return settled;
  }

  /**
   * Resolves once a checkpoint at or past `lastPosition` is written. One checkpoint write at a time:
   * the batches acknowledged meanwhile are written together by the next one (their last position, all
   * their parked events). Under a slow disk a commit per batch held the subscription back
   * (maxBatchesAhead) while Kafka was idle. After a failed write no checkpoint is written any more.
   */
  private acknowledged(lastPosition: number, messages: number, parked: readonly EventToPark[]): Promise<void> {
    if (this.checkpointFailure) return Promise.reject(this.checkpointFailure.error);
    return new Promise<void>((resolve, reject) => {
      const waiting = (this.toCheckpoint ??= { lastPosition, messages: 0, parked: [], waiters: [] });
      waiting.lastPosition = lastPosition;
      waiting.messages += messages;
      waiting.parked.push(...parked);
      waiting.waiters.push({ resolve, reject });
      if (!this.checkpointing) void this.writeCheckpoints();
    });
  }

  private async writeCheckpoints(): Promise<void> {
    this.checkpointing = true;
    for (let next = this.toCheckpoint; next; next = this.toCheckpoint) {
      this.toCheckpoint = undefined;
      try {
        await this.options.checkpoint(next.lastPosition, next.messages, next.parked);
        for (const waiter of next.waiters) waiter.resolve();
      } catch (error) {
        this.checkpointFailure ??= { error };
        // Batches acknowledged during the failed write wait no more: their checkpoint will never come.
        const later = this.toCheckpoint as typeof next | undefined;
        for (const waiter of [...next.waiters, ...(later?.waiters ?? [])]) waiter.reject(error);
        this.toCheckpoint = undefined;
      }
    }
    this.checkpointing = false;
  }

  /** Refuses further events and drops what was collected but not sent. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.messages = [];
    this.parked = [];
    this.events = 0;
  }

  /** The batches on the wire and their checkpoints, settled either way. */
  settled(): Promise<void> {
    return this.inFlight.catch(() => undefined);
  }
}
