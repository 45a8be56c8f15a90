import { createKafka } from '@titrepro/messaging';
import { postgresAdminUrl } from '@titrepro/testing';
import { Client } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { asAdministrator, type FaultWorld, type Region, type ServiceName } from './fault-world';

/** One fault as the suite reports it. */
export interface FaultFigures {
  readonly fault: string;
  readonly candidatesInFlight: number;
  /** From the fault's end until every service is ready and every consumer group read what the topics held then. */
  readonly convergedInMs: number;
}

/** Every service answers /health/ready with 200. */
const untilAllReady = async (world: FaultWorld, withinMs: number): Promise<void> => {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const reports = await Promise.all([...world.services.values()].map(async (child) => ({ child, report: await child.readiness() })));
    const notReady = reports.filter(({ report }) => report?.status !== 200);
    if (notReady.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not ready after ${withinMs} ms: ${notReady.map(({ child, report }) => `${child.label} ${report ? `${report.status} ${JSON.stringify(report.body).slice(0, 300)}` : 'no answer'}`).join('; ')}`);
    }
    await sleep(500);
  }
};

/** Every consumer group of the world has committed at least the topics' ends as they are now. */
const untilConsumersCaughtUp = async (world: FaultWorld, withinMs: number): Promise<void> => {
  const admin = createKafka({ brokers: world.broker.brokers, clientId: 'fault-suite' }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(world.topicPrefix) && !topic.endsWith('.dlq'));
    const ends = new Map<string, Map<number, bigint>>();
    for (const topic of topics) ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map(({ partition, high }) => [partition, BigInt(high)])));
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter((group) => group.startsWith(world.topicPrefix));
    const deadline = Date.now() + withinMs;
    for (;;) {
      const behind: string[] = [];
      for (const groupId of groups) {
        for (const { topic, partitions } of await admin.fetchOffsets({ groupId, topics })) {
          // A topic the group reads is one it has committed on (the reconciliation knows them exactly).
          if (!partitions.some(({ offset }) => BigInt(offset) >= 0n)) continue;
          for (const { partition, offset } of partitions) {
            const end = ends.get(topic)?.get(partition) ?? 0n;
            if (BigInt(offset) < end && end > 0n) behind.push(`${groupId} ${topic}/${partition} ${offset}<${end}`);
          }
        }
      }
      if (behind.length === 0) return;
      if (Date.now() > deadline) throw new Error(`consumers still behind after ${withinMs} ms: ${behind.slice(0, 10).join('; ')}`);
      await sleep(1_000);
    }
  } finally {
    await admin.disconnect();
  }
};

/** Ready everywhere, then caught up with what Kafka held: the world took the fault in. */
export const untilConverged = async (world: FaultWorld, withinMs = 300_000): Promise<number> => {
  const started = Date.now();
  await untilAllReady(world, withinMs);
  await untilConsumersCaughtUp(world, withinMs);
  return Date.now() - started;
};

export const sigkill = async (world: FaultWorld, service: ServiceName, region: Region): Promise<void> => {
  const child = world.service(service, region);
  await child.kill();
  await child.start();
};

/** The broker down for `ms` (clean stop, as a maintenance or a network cut), then back on its data. */
export const brokerDown = async (world: FaultWorld, ms: number): Promise<void> => {
  await world.broker.stop();
  await sleep(ms);
  await world.broker.restart();
};

/** Terminates every connection the service has open, to its database and to its keys'. */
export const terminateConnections = async (world: FaultWorld, service: ServiceName, region: Region): Promise<number> => {
  const { database, keyDatabase } = world.databasesOf(service, region);
  return asAdministrator(async (client) => {
    const { rows } = await client.query<{ terminated: boolean }>(
      `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = ANY ($1::text[]) AND pid <> pg_backend_pid()`,
      [[database.name, keyDatabase.name]],
    );
    return rows.filter((row) => row.terminated).length;
  });
};

/**
 * Connections run out: the world's role may open no more than it holds now, and for `holdMs` this
 * takes every connection the server lets the role open (each one a service closes is taken at
 * once), then releases them and lifts the limit. The services meet "too many connections" (53300)
 * for any new connection meanwhile, as on a full server, while the other tests sharing this server
 * are not touched.
 */
export const exhaustConnections = async (world: FaultWorld, holdMs: number): Promise<number> => {
  const [database] = world.databaseNames();
  const server = new URL(postgresAdminUrl());
  const held: Client[] = [];
  let refused = 0;
  try {
    await asAdministrator(async (client) => {
      const { rows } = await client.query<{ connections: string }>(`SELECT count(*) AS connections FROM pg_stat_activity WHERE usename = $1`, [world.role]);
      await client.query(`ALTER ROLE "${world.role}" CONNECTION LIMIT ${Number(rows[0]?.connections ?? 0) + 2}`);
    });
    const until = Date.now() + holdMs;
    while (Date.now() < until) {
      const client = new Client({ host: server.hostname, port: Number(server.port || 5432), user: world.role, database });
      try {
        await client.connect();
        held.push(client);
      } catch (error) {
        if ((error as { code?: string }).code !== '53300') throw error;
        refused += 1;
        await sleep(100);
      }
    }
    if (refused === 0) throw new Error('the server never refused a connection');
    return held.length;
  } finally {
    await Promise.all(held.map((client) => client.end().catch(() => undefined)));
    await asAdministrator((client) => client.query(`ALTER ROLE "${world.role}" CONNECTION LIMIT -1`));
  }
};
