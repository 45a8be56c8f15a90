import { serviceConfigSchema } from '@titrepro/platform-nest';
import { parseAuditedStores } from '@titrepro/audit';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

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
