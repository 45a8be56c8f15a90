import { z } from 'zod';
import type { IntegrationContract } from '../envelope/integration-contract';

/** A JSON Schema (draft-07) node, as zod writes it. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The JSON Schema of a contract's payload, as downstream teams see it. Written for the *input* side:
 * objects do not close `additionalProperties`, so adding a field is not a breaking change for them.
 */
export const payloadJsonSchema = (contract: Pick<IntegrationContract, 'schema'>): JsonSchema => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(contract.schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return schema;
};
