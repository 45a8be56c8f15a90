import type { INestApplication } from '@nestjs/common';
import { uniqueName, waitFor } from '@titrepro/testing';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { signDevelopmentToken } from '../auth/sign-token';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { probeService } from '../testing/probe-service';

interface LogLine {
  readonly msg?: string;
  readonly req?: { url?: string };
  readonly res?: { statusCode?: number };
  readonly route?: string;
  readonly query?: Record<string, unknown>;
  readonly error?: Record<string, unknown>;
}

describe('the logs hold no personal data', () => {
  const directory = mkdtempSync(join(tmpdir(), 'titrepro-log-'));
  const logFile = join(directory, 'probe.log');
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const logText = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  const logLines = (): LogLine[] =>
    logText()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine);
  /** The completion line of the request to `path` answered with `status` (written when the response ends). */
  const requestLine = async (path: string, status: number): Promise<LogLine> => {
    const find = () => logLines().find((line) => line.req?.url?.split('?')[0] === path && line.res?.statusCode === status);
    await waitFor(`the log line of ${path} (${status})`, () => find() !== undefined, 5_000, 20);
    return find() as LogLine;
  };
  /** A family name no other test (or run) sends. */
  const familyName = () => uniqueName('Durand').replace(/_/g, '');

  beforeAll(async () => {
    app = await createServiceApp(probeService, probeConfig({ LOG_LEVEL: 'info', LOG_FILE: logFile }));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('logs a search by family name with its route and parameter names, never the name itself', async () => {
    const name = familyName();
    const token = await signDevelopmentToken({ subject: 'officer', role: 'regional-officer', region: 'idf' });
    await http().get(`/probe/people?name=${name}&page=2`).set('Authorization', `Bearer ${token}`).expect(200);
    const line = await requestLine('/probe/people', 200);
    expect(logText()).not.toContain(name);
    expect(logText()).not.toContain(token);
    expect(line).toMatchObject({ route: '/probe/people', query: { name: '[redacted]', page: '2' } });
  });

  it('redacts a search refused with 401 just the same', async () => {
    const name = familyName();
    await http().get(`/probe/people?name=${name}`).expect(401);
    const line = await requestLine('/probe/people', 401);
    expect(logText()).not.toContain(name);
    expect(line).toMatchObject({ route: '/probe/people', query: { name: '[redacted]' } });
  });

  it('logs a request that reaches no route without any query string', async () => {
    const name = familyName();
    await http().get(`/probe/nowhere?name=${name}`).expect(404);
    const line = await requestLine('/probe/nowhere', 404);
    expect(logText()).not.toContain(name);
    expect(line.query).toBeUndefined();
  });

  it('logs an unexpected error by its kind and stack, without the request data its message and fields quote', async () => {
    const name = familyName();
    await http().post('/probe/people').send({ familyName: name }).expect(500);
    await requestLine('/probe/people', 500);
    expect(logText()).not.toContain(name);
    const errorLine = logLines().find((line) => line.error?.['code'] === '22021');
    expect(errorLine?.error).toMatchObject({ errorType: 'Error', stack: expect.arrayContaining([expect.stringContaining('probe-service')]) });
  });
});
