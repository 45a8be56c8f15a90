import type { RecordedEvent } from '@titrepro/event-store';
import type { OutgoingMessage } from './to-kafka-messages';

/** Sends one batch; resolves once Kafka acknowledged it. */
export type SendBatch = (messages: readonly OutgoingMessage[]) => Promise<void>;
/** Moves the checkpoint to the last event of an acknowledged batch. */
export type SaveCheckpoint = (lastPosition: number, messages: number) => Promise<void>;

export interface PublishBatcherOptions {
  readonly toMessages: (event: RecordedEvent) => OutgoingMessage[];
  readonly send: SendBatch;
  readonly checkpoint: SaveCheckpoint;
  /** Events per batch (events that map to nothing count too: they move the checkpoint). */
  readonly batchSize: number;
  /** How long a partial batch waits for more events before it is sent. */
  readonly lingerMs: number;
  /** A batch sent on the linger timer failed. */
  readonly onFailure: (error: unknown) => void;
}

/**
 * Collects the events a subscription delivers into batches and sends them one after the other. A
 * batch's checkpoint is written once it and every batch before it are acknowledged, while the next
 * batch is already on the wire. While one batch is on the wire the next one fills; when that one is
 * full too, `add` waits: the subscription is held back rather than memory growing.
 */
export class PublishBatcher {
  private messages: OutgoingMessage[] = [];
  private events = 0;
  private lastPosition = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> = Promise.resolve();
  private inFlight: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: PublishBatcherOptions) {}

  /** The subscription's handler. */
  readonly add = async (event: RecordedEvent): Promise<void> => {
    if (this.closed) throw new Error('the publishing session ended');
    this.messages.push(...this.options.toMessages(event));
    this.events += 1;
    this.lastPosition = event.globalPosition;
    if (this.events >= this.options.batchSize) {
      const previous = this.inFlight;
      void this.flush().catch(this.options.onFailure);
      await previous;
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush().catch(this.options.onFailure), this.options.lingerMs);
    }
  };

  /** Sends what is collected, after the batch on the wire; resolves once it is acknowledged. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.events === 0) return this.inFlight;
    const messages = this.messages;
    const { lastPosition } = this;
    this.messages = [];
    this.events = 0;
    // A failed batch fails every later one: nothing is sent, and no checkpoint written, past a gap.
    const sent = this.sending.then(() => this.options.send(messages));
    this.sending = sent;
    this.inFlight = Promise.all([sent, this.inFlight]).then(() => this.options.checkpoint(lastPosition, messages.length));
    return this.inFlight;
  }

  /** Refuses further events and drops what was collected but not sent. */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.messages = [];
    this.events = 0;
  }

  /** The batches on the wire and their checkpoints, settled either way. */
  settled(): Promise<void> {
    return this.inFlight.catch(() => undefined);
  }
}
