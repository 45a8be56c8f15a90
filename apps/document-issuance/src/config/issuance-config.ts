import { kitConfigSchema } from '@titrepro/service-kit';
import { z } from 'zod';
import { issuerVariables, refineIssuerVariables } from '@titrepro/credentials';

/**
 * The kit's variables, the issuers' keys (ISSUER_DID_HOST, ISSUER_KEYS, ISSUER_NAMES: see
 * libs/credentials/README.md) and the public address printed in QR codes.
 */
export const issuanceConfigSchema = kitConfigSchema
  .extend({
    ...issuerVariables,
    /** Where the public verification routes answer, e.g. https://titres.example.fr: QR codes point there. */
    PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3104'),
  })
  .superRefine(refineIssuerVariables);

export type IssuanceConfig = z.output<typeof issuanceConfigSchema>;
