import { regionCode } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** The four services whose event stores an audit reads, as they name themselves. */
export const AUDITED_SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
export type AuditedService = (typeof AUDITED_SERVICES)[number];

/** One event store the audit reads: a service of a region, on a read-only role (infra/postgres). */
export const auditedStoreSchema = z.strictObject({
  region: regionCode,
  service: z.enum(AUDITED_SERVICES),
  url: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
  /** The store's schema in that database (default `event_store`). */
  schema: z.string().regex(/^[a-z_][a-z0-9_]{0,40}$/).optional(),
});
export type AuditedStoreConfig = z.output<typeof auditedStoreSchema>;

export const auditedStoresSchema = z
  .array(auditedStoreSchema)
  .min(1, 'lists at least one store')
  .refine((stores) => new Set(stores.map((each) => `${each.region}/${each.service}`)).size === stores.length, 'names each region × service once');

/** Parses AUDIT_STORES's JSON (or a file's): `[{"region":"idf","service":"jury","url":"postgres://auditor@…/titrepro_idf_jury"}, …]`. */
export const parseAuditedStores = (json: string): AuditedStoreConfig[] => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`the audited stores are not JSON: ${(error as Error).message}`);
  }
  const parsed = auditedStoresSchema.safeParse(value);
  if (!parsed.success) throw new Error(`the audited stores: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(list)'} ${issue.message}`).join('; ')}`);
  return parsed.data;
};
