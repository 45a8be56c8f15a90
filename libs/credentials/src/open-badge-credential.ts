import { type Achievement, type Award, achievementOf } from './achievement';
import { CONTEXT } from './bundled-contexts';
import type { IdentityHash } from './identity-hash';
import type { IssuerProfile } from './issuer-registry';
import type { BitstringStatusListEntry } from './status-list';

/** The holder, known to the credential only by the hash of their name (no plaintext identity). */
export interface HashedIdentity {
  readonly type: 'IdentityObject';
  readonly identityType: 'name';
  readonly hashed: true;
  readonly identityHash: IdentityHash;
}

export interface ValidationSessionEvidence {
  readonly type: readonly ['Evidence'];
  readonly name: string;
  readonly narrative: string;
}

/** An unsigned Open Badges 3.0 credential on the VC Data Model 2.0. */
export interface OpenBadgeCredential {
  readonly '@context': readonly [typeof CONTEXT.credentialsV2, typeof CONTEXT.openBadgesV3];
  readonly id: string;
  readonly type: readonly ['VerifiableCredential', 'OpenBadgeCredential'];
  readonly issuer: IssuerProfile;
  readonly name: string;
  readonly validFrom: string;
  readonly credentialSubject: {
    readonly type: readonly ['AchievementSubject'];
    readonly identifier: readonly [HashedIdentity];
    readonly achievement: Achievement;
  };
  readonly credentialStatus: BitstringStatusListEntry;
  readonly evidence?: readonly ValidationSessionEvidence[];
}

export interface OpenBadgeCredentialInput {
  /** A URL, usually `urn:uuid:…`. */
  readonly id: string;
  readonly issuer: IssuerProfile;
  readonly award: Award;
  readonly identityHash: IdentityHash;
  /** xsd:dateTime; the decision date's start. */
  readonly validFrom: string;
  readonly credentialStatus: BitstringStatusListEntry;
  /**
   * The validation session the award was decided in (BOOKLET: date, session, region). The evidence
   * is named « Session de validation <label> »: `label` continues it, e.g. `du 30 juin 2026, Bretagne`.
   */
  readonly session?: { readonly id: string; readonly label: string };
}

const DOCUMENT_NAME = { title: 'Parchemin', ccs: 'Parchemin', ccp: 'Livret de certification' } as const;

export const openBadgeCredential = (input: OpenBadgeCredentialInput): OpenBadgeCredential => {
  const achievement = achievementOf(input.award);
  return {
    '@context': [CONTEXT.credentialsV2, CONTEXT.openBadgesV3],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: input.issuer,
    name: `${DOCUMENT_NAME[input.award.kind]} — ${achievement.name}`,
    validFrom: input.validFrom,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: true, identityHash: input.identityHash }],
      achievement,
    },
    credentialStatus: input.credentialStatus,
    ...(input.session && {
      evidence: [{ type: ['Evidence'], name: `Session de validation ${input.session.label}`, narrative: `Session ${input.session.id}` }],
    }),
  };
};
