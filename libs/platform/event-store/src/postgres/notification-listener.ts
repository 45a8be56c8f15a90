import { Client, type ClientConfig, type Notification } from 'pg';

const RECONNECT_DELAY_MS = 1_000;

/**
 * One LISTEN connection per store, opened when the first subscription starts. When it drops, it
 * reconnects; in between, subscriptions still poll, so nothing is missed, only later.
 */
export class NotificationListener {
  private readonly listeners = new Set<() => void>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
  ) {}

  /** Adds a listener (connecting if needed); returns its removal. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    void this.ensureConnected();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) void this.disconnect();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.disconnect();
  }

  private ensureConnected(): Promise<void> {
    if (this.client || this.closed) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    client.on('notification', (message: Notification) => {
      if (message.channel === this.channel) for (const listener of this.listeners) listener();
    });
    client.on('error', () => this.dropped(client));
    client.on('end', () => this.dropped(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
      if (this.closed || this.listeners.size === 0) await client.end();
      else this.client = client;
    } catch {
      await client.end().catch(() => undefined);
      this.retryLater();
    }
  }

  private dropped(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.retryLater();
  }

  private retryLater(): void {
    if (this.closed || this.listeners.size === 0) return;
    setTimeout(() => void this.ensureConnected(), RECONNECT_DELAY_MS).unref();
  }

  private async disconnect(): Promise<void> {
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
