/** A JSON schema as the OpenAPI documents of the services hold it (OpenAPI 3.0 flavour). */
export interface JsonSchema {
  readonly type?: string;
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly nullable?: boolean;
}

export interface FuzzParameter {
  readonly name: string;
  readonly schema: JsonSchema;
  readonly required: boolean;
}

/** One route of a service as its OpenAPI document publishes it: what the fuzzer aims at. */
export interface FuzzOperation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `/sessions/{sessionId}/jury` */
  readonly path: string;
  readonly pathParameters: readonly FuzzParameter[];
  readonly queryParameters: readonly FuzzParameter[];
  /** The body's media types, empty for a route that takes none. */
  readonly consumes: readonly string[];
  readonly bodySchema: JsonSchema | undefined;
  /** No `security` requirement: open to anyone (health, docs, public verification). */
  readonly isPublic: boolean;
  /** The roles the route admits (`x-titrepro-roles`), empty when public or unsaid. */
  readonly roles: readonly string[];
}

interface OpenApiParameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: JsonSchema;
}
interface OpenApiOperation {
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>> };
  readonly security?: readonly unknown[];
  readonly 'x-titrepro-roles'?: readonly string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of an OpenAPI document, with its parameters and body as the fuzzer needs them. */
export const fuzzOperations = (document: { readonly paths?: Record<string, Partial<Record<string, OpenApiOperation>>> }): FuzzOperation[] =>
  Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      const parameters = (where: string): FuzzParameter[] =>
        (operation.parameters ?? [])
          .filter((parameter) => parameter.in === where)
          .map((parameter) => ({ name: parameter.name, schema: parameter.schema ?? { type: 'string' }, required: parameter.required ?? where === 'path' }));
      const content = operation.requestBody?.content ?? {};
      const consumes = Object.keys(content);
      return [
        {
          method,
          path,
          pathParameters: parameters('path'),
          queryParameters: parameters('query'),
          consumes,
          bodySchema: Object.values(content)[0]?.schema,
          isPublic: (operation.security ?? []).length === 0,
          roles: operation['x-titrepro-roles'] ?? [],
        },
      ];
    }),
  );
