import { Client, type ClientConfig } from 'pg';
import { newLockClient } from '../election/lock-client';

/** A PostgreSQL advisory lock held by one dedicated connection. */
export interface HeldLock {
  /** The connection holding the lock; writes made through it fail once the lock is gone. */
  readonly client: Client;
  /** Resolves when the lock is lost: the connection errored, ended or stopped answering. */
  readonly lost: Promise<Error>;
  readonly isHeld: () => boolean;
  /** Unlocks and closes the connection. */
  readonly release: () => Promise<void>;
}

export interface AdvisoryLockOptions {
  readonly database: string | ClientConfig;
  /** Any text; hashed to the lock's key. */
  readonly key: string;
  /** How often the holder checks that its connection still answers. */
  readonly keepAliveIntervalMs: number;
  readonly applicationName: string;
}

/**
 * The two-key form (objsubid 2 in pg_locks): the event store's append markers use the one-key form,
 * and must never be confused with a relay's lock.
 */
const lockKeySql = "hashtext('titrepro.messaging'), hashtext($1)";

/**
 * Competes for an advisory lock. The lock lives as long as its session: if the holder's process or
 * connection dies, PostgreSQL releases it and another contender acquires it on its next try.
 */
export class AdvisoryLockContender {
  private client: Client | undefined;

  constructor(private readonly options: AdvisoryLockOptions) {}

  /** One attempt: the held lock, or undefined when another session holds it (or the database is unreachable). */
  async tryAcquire(): Promise<HeldLock | undefined> {
    try {
      const client = this.client ?? (await this.connect());
      const result = await client.query<{ acquired: boolean }>(`SELECT pg_try_advisory_lock(${lockKeySql}) AS acquired`, [this.options.key]);
      if (!result.rows[0]?.acquired) return undefined;
      this.client = undefined;
      return this.hold(client);
    } catch {
      await this.close();
      return undefined;
    }
  }

  /** Closes the waiting connection (not a held lock's). */
  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = newLockClient(this.options);
    // Errors surface through the queries; without a listener an idle connection's error would crash the process.
    client.on('error', () => undefined);
    await client.connect();
    this.client = client;
    return client;
  }

  private hold(client: Client): HeldLock {
    let held = true;
    let markLost: (error: Error) => void = () => undefined;
    const lost = new Promise<Error>((resolve) => (markLost = resolve));
    const lose = (error: Error) => {
      if (!held) return;
      held = false;
      clearInterval(keepAlive);
      markLost(error);
      void client.end().catch(() => undefined);
    };
    client.on('error', (error) => lose(error));
    client.on('end', () => lose(new Error('the lock connection ended')));
    const keepAlive = setInterval(() => {
      client.query('SELECT 1').catch((error: unknown) => lose(error instanceof Error ? error : new Error(String(error))));
    }, this.options.keepAliveIntervalMs);
    keepAlive.unref();
    return {
      client,
      lost,
      isHeld: () => held,
      release: async () => {
        if (!held) return;
        await client.query(`SELECT pg_advisory_unlock(${lockKeySql})`, [this.options.key]).catch(() => undefined);
        lose(new Error('released'));
      },
    };
  }
}
