import { actorSubject, commandParser, identifier, multilineText, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

export const parseRevokeDocument = commandParser('RevokeDocument', revokeDocumentDataSchema);

/** An officer of the issuing region revokes a document that stands. */
export type RevokeDocument = ParsedCommand<typeof parseRevokeDocument>;
