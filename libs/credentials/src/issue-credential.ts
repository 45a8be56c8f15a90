import { randomUUID } from 'node:crypto';
import { type CalendarDate, isAfter, isCalendarDate } from '@titrepro/domain-kernel';
import type { Award } from './achievement';
import { type IdentityHash, identityHashOf, newSalt } from './identity-hash';
import type { IssuerRegistry } from './issuer-registry';
import type { JsonObject } from './json';
import { openBadgeCredential } from './open-badge-credential';
import { signCredential } from './sign-credential';
import { revocationEntry } from './status-list';
import { parisDateOf, startOfParisDay } from './xsd-date-time';

export interface IssueCredentialRequest {
  /** The issuing regional office (ISSUER). */
  readonly region: string;
  readonly award: Award;
  /** The holder's name as on their identity papers; only its salted hash enters the credential. */
  readonly holderName: string;
  /** The jury's decision date (Europe/Paris): the credential's `validFrom`. */
  readonly decisionDate: CalendarDate;
  /** The revocation entry reserved for this credential: list number and index in it. */
  readonly status: { readonly list: number; readonly index: number };
  readonly session?: { readonly id: string; readonly label: string };
  /** Default: a fresh `urn:uuid:`. */
  readonly credentialId?: string;
}

export interface IssuedCredential {
  readonly credential: JsonObject;
  /** Give it to the holder, never publish it: with their name it proves the credential is theirs. */
  readonly salt: string;
  readonly identityHash: IdentityHash;
}

/** Builds and signs the Open Badges credential of an award, with the region's newest key. */
export const issueCredential = async (registry: IssuerRegistry, request: IssueCredentialRequest, now = new Date()): Promise<IssuedCredential> => {
  if (!isCalendarDate(request.decisionDate)) throw new RangeError(`decision date must be YYYY-MM-DD, got ${JSON.stringify(request.decisionDate)}`);
  if (isAfter(request.decisionDate, parisDateOf(now))) throw new RangeError(`decision date ${request.decisionDate} is in the future`);
  if (request.holderName.trim().length === 0) throw new RangeError('holder name must not be empty');
  const salt = newSalt();
  const identityHash = identityHashOf(request.holderName, salt);
  const unsigned = openBadgeCredential({
    id: request.credentialId ?? `urn:uuid:${randomUUID()}`,
    issuer: registry.profileOf(request.region),
    award: request.award,
    identityHash,
    validFrom: startOfParisDay(request.decisionDate),
    credentialStatus: revocationEntry(registry.statusListUrl(request.region, request.status.list), request.status.index),
    ...(request.session && { session: request.session }),
  });
  return { credential: await signCredential(registry, request.region, unsigned, now), salt, identityHash };
};
