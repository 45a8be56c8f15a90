import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AcceptedCommandLog, commandKindOf, headerValue, type AcceptedCommand } from './accepted-commands';

const session = '0b5c2a3e-8a31-4d0c-9a55-2f7f1c4d9e10';
const candidate = 'c3f0e0aa-1b2c-4d5e-8f90-a1b2c3d4e5f6';

describe('the commands the probes follow', () => {
  it('names a deliberation with its session and candidate', () => {
    expect(commandKindOf('POST', `/sessions/${session}/candidates/${candidate}/deliberation`)).toEqual({ kind: 'deliberation', sessionId: session, candidateId: candidate });
  });

  it('names a seal with its session', () => {
    expect(commandKindOf('POST', `/sessions/${session}/minutes/seal`)).toEqual({ kind: 'seal', sessionId: session });
  });

  it('takes any other request, or a read of the same path, as other', () => {
    expect(commandKindOf('POST', '/candidates')).toEqual({ kind: 'other' });
    expect(commandKindOf('GET', `/sessions/${session}/minutes/seal`)).toEqual({ kind: 'other' });
    expect(commandKindOf('POST', `/sessions/${session}/candidates/${candidate}/interview`)).toEqual({ kind: 'other' });
  });

  it("reads a header from undici's flat array, whatever its case, and from its older string form", () => {
    expect(headerValue(['Content-Type', 'application/json', 'X-Correlation-Id', 'load-7'], 'x-correlation-id')).toBe('load-7');
    expect(headerValue('content-type: application/json\r\nx-correlation-id: load-8\r\n', 'x-correlation-id')).toBe('load-8');
    expect(headerValue(['content-type', 'application/json'], 'x-correlation-id')).toBeUndefined();
  });
});

describe('the log of accepted commands', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    // 201 for a POST, 422 for a POST to /refused, 200 for a GET.
    server = createServer((request, response) => {
      response.statusCode = request.method === 'GET' ? 200 : request.url === '/refused' ? 422 : 201;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('records the commands answered 2xx that carry a load correlation id, and nothing else', async () => {
    const accepted: AcceptedCommand[] = [];
    const log = new AcceptedCommandLog('load-', (command) => accepted.push(command));
    log.start();
    const before = performance.now();
    const send = (method: string, path: string, correlationId?: string) =>
      fetch(`${base}${path}`, { method, headers: correlationId ? { 'x-correlation-id': correlationId } : {} }).then((response) => response.text());
    await send('POST', `/sessions/${session}/minutes/seal`, 'load-1');
    await send('POST', '/refused', 'load-2');
    await send('GET', '/candidates', 'load-3');
    await send('POST', '/candidates', 'someone-else');
    await send('POST', '/candidates');
    log.stop();
    await send('POST', '/candidates', 'load-4');
    expect(accepted.map(({ correlationId, method, path, status, command }) => ({ correlationId, method, path, status, command }))).toEqual([
      { correlationId: 'load-1', method: 'POST', path: `/sessions/${session}/minutes/seal`, status: 201, command: { kind: 'seal', sessionId: session } },
    ]);
    expect(accepted[0]?.origin).toBe(base);
    expect(accepted[0]?.acceptedAt).toBeGreaterThan(before);
  });
});
