import { readFileSync } from 'node:fs';
import { regionCode } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { ROLES } from '../auth/caller';

/** Where, in the issuer's claims, a titrepro claim is read: a dot path (`titrepro_role`, `claims.titrepro_region`). */
const claimPath = z.string().regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, 'must be a claim name or a dot path');

/**
 * One identity provider a service trusts. `kind` says who it signs in, and so what its tokens may
 * claim: `agents` (officers, assessors, jury members, auditors, operators; never a candidate or a
 * service), `candidates` (a pairwise subject linked to a candidate id; nothing else is read) or
 * `services` (client credentials of another deployment; role `service`).
 */
export const openIdIssuerSchema = z.strictObject({
  issuer: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }),
  audience: z.string().min(1),
  kind: z.enum(['agents', 'candidates', 'services']),
  /** titrepro claim → the issuer's claim it is read from; unlisted ones are read under their own name. */
  claims: z
    .strictObject({ sub: claimPath, role: claimPath, region: claimPath, auditor_scope: claimPath })
    .partial()
    .default({}),
  /** Roles from groups (ProConnect-style): the first group of `claim` found in `roles` gives the role. */
  groups: z.strictObject({ claim: claimPath.default('groups'), roles: z.record(z.string().min(1), z.enum(ROLES)) }).optional(),
  /**
   * The clients (`client_id`, else `azp`) whose tokens this entry reads, when one provider signs in
   * several kinds (agents and services on one Keycloak, or the local provider); absent, all of them.
   */
  clients: z.array(z.string().min(1)).min(1).optional(),
  /** A region every token of this issuer acts from (an office's own provider that carries none). */
  region: regionCode.optional(),
});
export type OpenIdIssuer = z.output<typeof openIdIssuerSchema>;

const issuerList = z.array(openIdIssuerSchema).min(1, 'must list at least one issuer');

const parseIssuers = (text: string, context: z.RefinementCtx, origin: string) => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    context.addIssue({ code: 'custom', message: `${origin} is not JSON: ${(error as Error).message}` });
    return z.NEVER;
  }
  const parsed = issuerList.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    context.addIssue({ code: 'custom', message: `${origin}: ${issue?.path.join('.') || 'the list'} ${issue?.message ?? 'is invalid'}` });
    return z.NEVER;
  }
  return parsed.data;
};

/**
 * OIDC_ISSUERS: the trusted identity providers, a JSON array of `openIdIssuerSchema`; or
 * OIDC_ISSUERS_FILE, a file holding the same (mounted from a ConfigMap). See README "Access / tokens".
 */
export const openIdVariables = {
  OIDC_ISSUERS: z
    .string()
    .optional()
    .transform((value, context) => (value === undefined || value.trim() === '' ? undefined : parseIssuers(value, context, 'OIDC_ISSUERS'))),
  OIDC_ISSUERS_FILE: z
    .string()
    .min(1)
    .optional()
    .transform((path, context) => {
      if (path === undefined) return undefined;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        context.addIssue({ code: 'custom', message: `cannot be read: ${(error as Error).message}` });
        return z.NEVER;
      }
      return parseIssuers(text, context, path);
    }),
  /** Leeway on exp and nbf, for clocks a little apart (30 s). */
  OIDC_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /**
   * How long after fetching an issuer's keys an unknown `kid` may fetch them again (30 s): a rotated
   * key is found at once, while a flood of made-up kids cannot make the service hammer the provider.
   */
  OIDC_JWKS_COOLDOWN_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
};

/** The issuers of OIDC_ISSUERS and OIDC_ISSUERS_FILE together. */
export const openIdIssuersOf = (config: { OIDC_ISSUERS?: OpenIdIssuer[] | undefined; OIDC_ISSUERS_FILE?: OpenIdIssuer[] | undefined }): OpenIdIssuer[] => [
  ...(config.OIDC_ISSUERS ?? []),
  ...(config.OIDC_ISSUERS_FILE ?? []),
];
