import { appendFileSync } from 'node:fs';
import type { StartedService } from '../start-service';
import { expectedAnswer, statusMatches, type DeclaredAccess, type Expected } from './expected-answer';
import type { MatrixCaller } from './matrix-callers';
import { developmentTokens, type TokenSource } from './token-source';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

export interface PolicedRoute {
  readonly method: Method;
  /** `/sessions/{sessionId}/minutes` */
  readonly path: string;
  readonly access: DeclaredAccess;
}

interface OpenApiDocument {
  readonly paths?: Record<string, Partial<Record<Method, { readonly 'x-titrepro-access'?: DeclaredAccess; readonly security?: readonly unknown[] }>>>;
}

/** Every route of the document that needs a token, with its declaration; a policed route without one is reported by the caller's assertion. */
export const policedRoutes = (document: OpenApiDocument): PolicedRoute[] =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation || (operation.security ?? []).length === 0) return [];
      return [{ method, path, access: operation['x-titrepro-access'] ?? {} }];
    }),
  );

export interface MatrixCell {
  readonly route: string;
  readonly caller: string;
  readonly expected: Expected;
  readonly status: number;
}

export interface MatrixRowOptions {
  readonly service: StartedService;
  readonly routes: readonly PolicedRoute[];
  readonly caller: MatrixCaller;
  /** The value of a path parameter for a caller: ids tied to them when their relation's resource is `own`. */
  readonly param: (name: string, caller: MatrixCaller) => string;
  readonly tokens?: TokenSource;
  /** Names the service in ACCESS_MATRIX_RECORD's lines. */
  readonly label?: string;
}

/** The service's policed routes and their declarations, read from its OpenAPI document. */
export const policedRoutesOf = async (service: StartedService): Promise<PolicedRoute[]> => policedRoutes((await service.http().get('/docs/openapi.json').expect(200)).body as OpenApiDocument);

/** One caller's row of the matrix: every route called as them (no body: the answer of interest is the guard's). */
export const matrixRow = async ({ service, routes, caller, param, tokens = developmentTokens, label = '' }: MatrixRowOptions): Promise<MatrixCell[]> => {
  const authorization = caller.who ? `Bearer ${await tokens.tokenFor(caller.who)}` : undefined;
  const cells: MatrixCell[] = [];
  for (const route of routes) {
    const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(param(name, caller)));
    const call = service.http()[route.method](url);
    const response = await (authorization ? call.set('Authorization', authorization) : call);
    cells.push({ route: `${route.method.toUpperCase()} ${route.path}`, caller: caller.name, expected: expectedAnswer(route.access, caller), status: response.status });
  }
  // A record of what each cell answered, to compare two versions of the rules (ACCESS_MATRIX_RECORD=<file>).
  const record = process.env['ACCESS_MATRIX_RECORD'];
  if (record) appendFileSync(record, cells.map((cell) => `${JSON.stringify({ service: label, region: service.region, ...cell })}\n`).join(''));
  return cells;
};

/** The cells whose status is not the declaration's answer, one line each, for a readable failure. */
export const mismatches = (cells: readonly MatrixCell[]): string[] =>
  cells.filter((cell) => !statusMatches(cell.expected, cell.status)).map((cell) => `${cell.route} as ${cell.caller}: expected ${cell.expected}, got ${cell.status}`);
