import { defineCommand, actorSubject, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { DsppDocument } from '../events/dspp-submitted.event';
import { DSPP_MEDIA_TYPES } from '../events/dspp-submitted.event';
import { certificateCode } from '../shared/input-schemas';
import { decideSubmitDspp } from './decide-submit-dspp';

export interface SubmitDsppData {
  readonly candidateId: string;
  readonly pathwayId: string;
  /** Chosen by the caller (the app stores the documents under it); never reused on the pathway. */
  readonly submissionId: string;
  /** The id of the account submitting: the candidate, or an officer for them. */
  readonly submittedBy: string;
  /** One per activité type (CCP) of the title; which ones is checked against the référentiel. */
  readonly documents: readonly DsppDocument[];
}

const documentSchema = z.strictObject({
  ccpCode: certificateCode,
  documentId: identifier,
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, { message: 'must be a SHA-256 digest in hex (64 characters)' })
    .transform((digest) => digest.toLowerCase()),
  size: z.number().int().positive({ message: 'must be a size in bytes, more than 0' }),
  mediaType: z.enum(DSPP_MEDIA_TYPES, { message: `must be one of ${DSPP_MEDIA_TYPES.join(', ')}` }),
});

/** The data of SubmitDspp as a request sends it (document metadata; the app holds the content). */
export const submitDsppDataSchema: z.ZodType<SubmitDsppData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
  submissionId: identifier,
  submittedBy: actorSubject,
  documents: z
    .array(documentSchema)
    .min(1, { message: 'must hold one document per activité type' })
    .max(50)
    .refine((documents) => new Set(documents.map((document) => document.documentId)).size === documents.length, {
      message: 'must not name a document twice',
    }),
});

export const submitDsppCommand = defineCommand({ type: 'SubmitDspp', schema: submitDsppDataSchema, decide: decideSubmitDspp });

export const parseSubmitDspp = submitDsppCommand.parse;

/** The candidate submits their DSPP, replacing any earlier one. */
export type SubmitDspp = TypedCommand<'SubmitDspp', SubmitDsppData>;
