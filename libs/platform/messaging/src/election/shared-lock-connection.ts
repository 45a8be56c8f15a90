import { Client, type ClientConfig } from 'pg';
import { newLockClient } from './lock-client';
import type { HeldLock } from '../relay/advisory-lock';

// The two-key form of AdvisoryLockContender's locks: the same key text takes the same lock.
const lockKeySql = "hashtext('titrepro.messaging'), hashtext($1)";

export interface SharedLockConnectionOptions {
  readonly database: string | ClientConfig;
  readonly applicationName: string;
  /** How often the connection is checked while it holds a lock. */
  readonly keepAliveIntervalMs: number;
}

/** What runElected needs of a lock: one attempt at a time, and a close. */
export interface LockContender {
  tryAcquire(): Promise<HeldLock | undefined>;
  close(): Promise<void>;
}

/**
 * One connection holding the election locks of several loops of a process (its projection runners),
 * instead of one connection each: advisory locks are per session and per key, so one session can
 * hold many. A lock held here is lost, for every holder, when the connection dies; each loop then
 * competes again, as with a connection of its own. Not for the relay, which writes through its lock.
 */
export class SharedLockConnection {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly holders = new Map<string, (error: Error) => void>();
  private keepAlive: NodeJS.Timeout | undefined;
  private closed = false;
  // One query at a time on the connection: several loops and the keep-alive share it.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SharedLockConnectionOptions) {}

  /** A contender for the lock `key` on this connection. */
  contender(key: string): LockContender {
    return { tryAcquire: () => this.tryAcquire(key), close: async () => this.releaseIfHeld(key) };
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.drop(new Error('the lock connection was closed'));
    await client?.end().catch(() => undefined);
  }

  private async tryAcquire(key: string): Promise<HeldLock | undefined> {
    if (this.closed || this.holders.has(key)) return undefined;
    try {
      const client = await this.connection();
      const result = await this.serially(() => client.query<{ acquired: boolean }>(`SELECT pg_try_advisory_lock(${lockKeySql}) AS acquired`, [key]));
      if (!result.rows[0]?.acquired) return undefined;
      return this.hold(client, key);
    } catch {
      return undefined;
    }
  }

  private hold(client: Client, key: string): HeldLock {
    let held = true;
    let markLost: (error: Error) => void = () => undefined;
    const lost = new Promise<Error>((resolve) => (markLost = resolve));
    this.holders.set(key, (error) => {
      held = false;
      markLost(error);
    });
    this.keepAlive ??= setInterval(() => {
      this.serially(() => client.query('SELECT 1')).catch((error: unknown) => this.dropIf(client, error instanceof Error ? error : new Error(String(error))));
    }, this.options.keepAliveIntervalMs);
    this.keepAlive.unref();
    return {
      client,
      lost,
      isHeld: () => held,
      release: async () => {
        if (!held) return;
        await this.releaseIfHeld(key);
      },
    };
  }

  private async releaseIfHeld(key: string): Promise<void> {
    const lose = this.holders.get(key);
    if (!lose) return;
    this.holders.delete(key);
    lose(new Error('released'));
    const client = this.client;
    if (client) await this.serially(() => client.query(`SELECT pg_advisory_unlock(${lockKeySql})`, [key])).catch(() => undefined);
    if (this.holders.size === 0 && this.keepAlive) {
      clearInterval(this.keepAlive);
      this.keepAlive = undefined;
    }
  }

  private serially<T>(query: () => Promise<T>): Promise<T> {
    const result = this.queue.then(query, query);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private connection(): Promise<Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = newLockClient(this.options);
    client.on('error', (error) => this.dropIf(client, error));
    client.on('end', () => this.dropIf(client, new Error('the lock connection ended')));
    await client.connect();
    this.client = client;
    return client;
  }

  private dropIf(client: Client, error: Error): void {
    if (this.client === client) this.drop(error);
  }

  /** The connection is gone, and every lock it held with it. */
  private drop(error: Error): void {
    const client = this.client;
    this.client = undefined;
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = undefined;
    const holders = [...this.holders.values()];
    this.holders.clear();
    for (const lose of holders) lose(error);
    void client?.end().catch(() => undefined);
  }
}
