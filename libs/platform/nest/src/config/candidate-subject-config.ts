import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './load-config';
import type { OpenIdIssuer } from './openid-config';

/**
 * CANDIDATE_SUBJECT_PEPPER, or CANDIDATE_SUBJECT_PEPPER_FILE (a mounted secret): the key of the
 * digest under which a candidates' provider subject is linked to a candidate (HMAC-SHA256 of
 * issuer + U+0000 + sub). One value for the whole deployment of every region, since a link
 * recorded in one region is read by every service; changing it unlinks every candidate.
 */
export const candidateSubjectVariables = {
  CANDIDATE_SUBJECT_PEPPER: z.string().min(32, 'must be at least 32 characters').optional(),
  CANDIDATE_SUBJECT_PEPPER_FILE: z
    .string()
    .min(1)
    .optional()
    .transform((path, context) => {
      if (path === undefined) return undefined;
      try {
        const pepper = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
        if (pepper.length >= 32) return pepper;
        context.addIssue({ code: 'custom', message: `${path} must hold at least 32 characters` });
      } catch (error) {
        context.addIssue({ code: 'custom', message: `cannot be read: ${(error as Error).message}` });
      }
      return z.NEVER;
    }),
};

/** The pepper, required as soon as a `candidates` issuer is trusted (else their tokens could never be linked). */
export const candidateSubjectPepperOf = (
  config: { CANDIDATE_SUBJECT_PEPPER?: string | undefined; CANDIDATE_SUBJECT_PEPPER_FILE?: string | undefined },
  issuers: readonly OpenIdIssuer[],
): string | undefined => {
  if (config.CANDIDATE_SUBJECT_PEPPER !== undefined && config.CANDIDATE_SUBJECT_PEPPER_FILE !== undefined) {
    throw new ConfigError(['CANDIDATE_SUBJECT_PEPPER_FILE: and CANDIDATE_SUBJECT_PEPPER are both set: keep one']);
  }
  const pepper = config.CANDIDATE_SUBJECT_PEPPER ?? config.CANDIDATE_SUBJECT_PEPPER_FILE;
  if (pepper === undefined && issuers.some((issuer) => issuer.kind === 'candidates')) {
    throw new ConfigError(['CANDIDATE_SUBJECT_PEPPER: is missing (or CANDIDATE_SUBJECT_PEPPER_FILE): OIDC_ISSUERS trusts a candidates provider']);
  }
  return pepper;
};
