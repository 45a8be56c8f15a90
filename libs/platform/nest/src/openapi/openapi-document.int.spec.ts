import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createServiceApp } from '../bootstrap/create-service-app';
import { probeConfig } from '../testing/probe-config';
import { probeService } from '../testing/probe-service';
import { openApiProblems } from '../testing/validate-openapi';

describe('the OpenAPI document at /docs/openapi.json', () => {
  let app: INestApplication;
  let document: {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };

  beforeAll(async () => {
    app = await createServiceApp(probeService, probeConfig());
    await app.init();
    document = (await request(app.getHttpServer()).get('/docs/openapi.json').expect(200)).body;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is valid, and every route has a summary, a described success and problem+json errors', async () => {
    expect(await openApiProblems(app)).toEqual([]);
  });

  it('documents the health and metrics routes too', () => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) expect(document.paths[path]?.['get']?.['summary']).toBeTruthy();
  });

  it('describes problem details as RFC 9457 with the platform fields, once, as a component', () => {
    expect(Object.keys(document.components.schemas['ProblemDetails']?.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'errors', 'ruleId', 'rulebookId', 'explanation']),
    );
  });

  it('adds 401 and 403 to every route with @Authorize', () => {
    expect(Object.keys(document.paths['/probe/office']?.['get']?.['responses'] as object)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });

  it('takes request bodies from their zod schemas', () => {
    const body = document.paths['/probe/validated']?.['post']?.['requestBody'] as { content: Record<string, { schema: { required: string[] } }> };
    expect(body.content['application/json']?.schema.required).toEqual(['birthDate', 'contact']);
  });

  it('marks the personal data a route carries', () => {
    expect(document.paths['/probe/people']?.['get']?.['x-personal-data']).toEqual({ query: ['name'], body: false });
  });
});
