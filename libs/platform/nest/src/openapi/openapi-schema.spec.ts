import { z } from 'zod';
import { ApiRoute } from './api-route.decorator';
import { openApiSchema } from './openapi-schema';
import { requestBodySchema } from './request-body-schema';

describe('OpenAPI schemas from zod', () => {
  it('speaks OpenAPI 3.0: nullable instead of a null type', () => {
    expect(openApiSchema(z.object({ middleName: z.string().nullable() })).properties?.['middleName']).toEqual({ type: 'string', nullable: true });
  });

  it('passes a written-out schema through unchanged', () => {
    expect(openApiSchema({ type: 'string' })).toEqual({ type: 'string' });
  });

  it('refuses a recursive schema, which would need $defs', () => {
    const node: z.ZodType = z.object({ children: z.array(z.lazy(() => node)) });
    expect(() => openApiSchema(node)).toThrow(/\$defs/);
  });

  it('leaves the fields the server fills in out of a request body', () => {
    const body = requestBodySchema(z.object({ candidateId: z.string(), region: z.string(), familyName: z.string() }), ['candidateId', 'region']);
    expect(Object.keys(body.properties ?? {})).toEqual(['familyName']);
    expect(body.required).toEqual(['familyName']);
  });

  it('refuses a summary of more than one line', () => {
    expect(() => ApiRoute({ summary: 'Registers\na candidate', success: { status: 204, description: 'done' } })).toThrow(/one non-empty line/);
  });
});
