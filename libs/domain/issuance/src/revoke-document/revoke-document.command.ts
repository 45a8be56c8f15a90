import { defineCommand, actorSubject, identifier, multilineText, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideRevokeDocument } from './decide-revoke-document';

export interface RevokeDocumentData {
  readonly candidateId: string;
  readonly documentId: string;
  /** Why the office withdraws it (kept, never shown in a description). */
  readonly reason: string;
  /** Server field: the authenticated officer. */
  readonly officerId: string;
  /** Server field: the officer's region (the deployment's). */
  readonly officerRegion: string;
}

export const revokeDocumentDataSchema: z.ZodType<RevokeDocumentData, unknown> = z.strictObject({
  candidateId: identifier,
  documentId: identifier,
  reason: multilineText(1000),
  officerId: actorSubject,
  officerRegion: regionCode,
});

export const revokeDocumentCommand = defineCommand({ type: 'RevokeDocument', schema: revokeDocumentDataSchema, decide: decideRevokeDocument });

export const parseRevokeDocument = revokeDocumentCommand.parse;

/** An officer of the issuing region revokes a document that stands. */
export type RevokeDocument = TypedCommand<'RevokeDocument', RevokeDocumentData>;
