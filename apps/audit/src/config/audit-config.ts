import { serviceConfigSchema } from '@titrepro/platform-nest';
import { regionCode } from '@titrepro/domain-kernel';
import { readFileSync } from 'node:fs';
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

const storesVariable = z.string().transform((json, context) => {
  try {
    return parseAuditedStores(json);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/**
 * The platform's variables plus the stores to read: AUDIT_STORES (JSON) or AUDIT_STORES_FILE (a file
 * holding it). DATABASE_URL is only what /health/ready probes (give it one of the stores).
 */
export const auditConfigSchema = serviceConfigSchema
  .extend({
    AUDIT_STORES: storesVariable.optional(),
    AUDIT_STORES_FILE: z.string().min(1).optional(),
  })
  .transform((config, context) => {
    if ((config.AUDIT_STORES === undefined) === (config.AUDIT_STORES_FILE === undefined)) {
      context.addIssue({ code: 'custom', path: ['AUDIT_STORES'], message: 'set AUDIT_STORES or AUDIT_STORES_FILE (one of them)' });
      return z.NEVER;
    }
    if (config.AUDIT_STORES) return { ...config, AUDIT_STORES: config.AUDIT_STORES };
    try {
      return { ...config, AUDIT_STORES: parseAuditedStores(readFileSync(config.AUDIT_STORES_FILE ?? '', 'utf8')) };
    } catch (error) {
      context.addIssue({ code: 'custom', path: ['AUDIT_STORES_FILE'], message: (error as Error).message });
      return z.NEVER;
    }
  });

export type AuditConfig = z.output<typeof auditConfigSchema>;
