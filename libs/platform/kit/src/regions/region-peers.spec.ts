import { isTransientFailure } from '@titrepro/event-store';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { KitConfig } from '../config/kit-config';
import { PeerCallError, RegionPeers } from './region-peers';

const listen = (status: number): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((_request, response) => {
      response.writeHead(status, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ detail: `answered ${status}` }));
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const peersTo = (url: string) =>
  new RegionPeers({ REGION_PEERS: new Map([['bre', url]]), ALLOW_DEVELOPMENT_KEY: true } as unknown as KitConfig, 'document-issuance');

const failureOf = async (peers: RegionPeers): Promise<PeerCallError> => {
  const error = await peers.get('bre', '/identities/x', z.object({})).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PeerCallError);
  return error as PeerCallError;
};

describe('a peer region that cannot answer now is a transient failure, one that refuses is not', () => {
  const servers: Server[] = [];
  afterAll(async () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));
  const peerAnswering = async (status: number) => {
    const server = await listen(status);
    servers.push(server);
    return peersTo(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  };

  it('retries a peer that is down (connection refused), as a restarting registry is', async () => {
    const closed = await listen(200);
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await failureOf(peersTo(`http://127.0.0.1:${port}`));
    expect(failure.status).toBe(0);
    expect(isTransientFailure(failure)).toBe(true);
  });

  it.each([503, 502, 504, 429])('retries a peer answering %i', async (status) => {
    expect(isTransientFailure(await failureOf(await peerAnswering(status)))).toBe(true);
  });

  it.each([400, 403, 404, 410])('does not retry a peer refusing with %i', async (status) => {
    expect(isTransientFailure(await failureOf(await peerAnswering(status)))).toBe(false);
  });

  it('does not retry a region with no URL configured', async () => {
    const failure = await peersTo('http://127.0.0.1:9').get('idf', '/x', z.object({})).catch((caught: unknown) => caught);
    expect(isTransientFailure(failure)).toBe(false);
  });
});
