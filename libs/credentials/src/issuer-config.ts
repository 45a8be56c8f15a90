import { regionCode } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { DID_WEB_HOST } from './issuer-did';

/** A key of a region: a private seed (it can sign), or only the public key (it only verifies). */
export type IssuerKeyConfig =
  | { readonly id: string; readonly seed: Uint8Array }
  | { readonly id: string; readonly publicKeyMultibase: string };

export interface RegionIssuerConfig {
  /** The issuer's name in its credentials (Open Badges `Profile.name`). */
  readonly name: string;
  /** Oldest first; the last one signs when it has a seed. */
  readonly keys: readonly IssuerKeyConfig[];
}

export interface IssuerConfig {
  /** did:web host in DID form (`titrepro.example.fr`, `127.0.0.1%3A3104`). */
  readonly host: string;
  /**
   * Scheme and host (and port) where this deployment publishes its status lists, e.g.
   * `http://127.0.0.1:3104`: the service's public address. Default `https://<host>`, did:web's.
   */
  readonly statusListOrigin?: string;
  readonly regions: ReadonlyMap<string, RegionIssuerConfig>;
}

const keyId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 of A-Z a-z 0-9 _ -');
const seed = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url without padding (43 characters)')
  .transform((value) => new Uint8Array(Buffer.from(value, 'base64url')));
const publicKeyMultibase = z.string().regex(/^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/, 'must be an Ed25519 Multikey (z6Mk…)');

const keyEntry = z.union([
  z.strictObject({ id: keyId, seed }),
  z.strictObject({ id: keyId, publicKeyMultibase }),
]);

const regionKeys = z
  .array(keyEntry)
  .min(1)
  .refine((keys) => new Set(keys.map((key) => key.id)).size === keys.length, 'key ids must be unique within a region');

const json = z.string().transform((value, context): unknown => {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

// z.record reports a bad key only as "Invalid key in record"; this says what a region code is.
const byRegion = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value).superRefine((record, context) => {
    for (const region of Object.keys(record)) {
      const parsed = regionCode.safeParse(region);
      if (!parsed.success) context.addIssue({ code: 'custom', path: [region], message: parsed.error.issues[0]?.message ?? 'bad region code' });
    }
  });

const toMap = <T>(record: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(record));

/**
 * The issuer's environment variables, to spread into a service's config schema.
 *
 * - `ISSUER_DID_HOST`: `titrepro.example.fr`, or `127.0.0.1%3A3104` locally.
 * - `ISSUER_KEYS`: JSON, per region, its Ed25519 keys oldest first:
 *   `{"idf":[{"id":"key-2025","publicKeyMultibase":"z6Mk…"},{"id":"key-2026","seed":"<base64url, 32 bytes>"}]}`.
 *   The last key signs (it needs its `seed`); earlier ones stay in the DID document so that what they
 *   signed still verifies, and should keep only their `publicKeyMultibase` once retired. To rotate,
 *   append a key. A region listed with public keys only is one we verify but do not sign for.
 * - `ISSUER_NAMES`: optional JSON `{"idf":"DREETS Île-de-France — Unité territoriale"}`.
 */
export const issuerVariables = {
  ISSUER_DID_HOST: z.string().regex(DID_WEB_HOST, 'must be a host in did:web form: example.fr, or 127.0.0.1%3A3104 with a port'),
  ISSUER_KEYS: json.pipe(byRegion(regionKeys)).transform(toMap),
  ISSUER_NAMES: json.pipe(byRegion(z.string().trim().min(1))).default({}).transform(toMap),
};

/** The rule between the variables, for a service schema that spreads `issuerVariables` (`.superRefine`). */
export const refineIssuerVariables = (
  variables: { ISSUER_KEYS: ReadonlyMap<string, unknown>; ISSUER_NAMES: ReadonlyMap<string, string> },
  context: z.RefinementCtx,
): void => {
  for (const region of variables.ISSUER_NAMES.keys()) {
    if (!variables.ISSUER_KEYS.has(region)) {
      context.addIssue({ code: 'custom', path: ['ISSUER_NAMES', region], message: 'names a region that ISSUER_KEYS does not hold' });
    }
  }
};

export const issuerVariablesSchema = z.object(issuerVariables).superRefine(refineIssuerVariables);

export type IssuerVariables = z.output<typeof issuerVariablesSchema>;

const defaultName = (region: string): string => `Unité territoriale ${region.toUpperCase()}`;

/**
 * The issuer configuration from the parsed variables. `publicBaseUrl` is where the service answers
 * (its PUBLIC_BASE_URL): status lists are published at its scheme and host, as the service serves them.
 */
export const issuerConfigOf = (variables: IssuerVariables, { publicBaseUrl }: { readonly publicBaseUrl?: string } = {}): IssuerConfig => ({
  host: variables.ISSUER_DID_HOST,
  ...(publicBaseUrl !== undefined && { statusListOrigin: new URL(publicBaseUrl).origin }),
  regions: new Map(
    [...variables.ISSUER_KEYS].map(([region, keys]) => [region, { name: variables.ISSUER_NAMES.get(region) ?? defaultName(region), keys }]),
  ),
});

/** Parses and checks the variables from an environment; throws naming every bad variable. */
export const issuerConfigFromEnv = (env: NodeJS.ProcessEnv = process.env): IssuerConfig => {
  const parsed = issuerVariablesSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid issuer configuration:\n${z.prettifyError(parsed.error)}`);
  return issuerConfigOf(parsed.data);
};
