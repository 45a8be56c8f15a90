import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, ccpCodeField, instantField, pathwayIdField, sha256Field, titleCodeField } from '../shared-fields';

/** The document types the evaluation service accepts for a DSPP (checked on the bytes, not the name). */
const dsppMediaTypeField = z.enum([
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

/**
 * One document of the submission. Its content stays sealed in the evaluation service: readers get
 * its id and hash, to fetch it there and check the copy.
 */
const dsppDocumentField = z.object({
  ccpCode: ccpCodeField.describe('The activité type (CCP) the document describes.'),
  documentId: z.string().min(1).max(100).describe('Id of the document in the evaluation service.'),
  sha256: sha256Field,
  size: z.number().int().positive().describe('Size in bytes.'),
  mediaType: dsppMediaTypeField,
});

/**
 * A candidate submitted their dossier de synthèse de pratique professionnelle (DSPP), one document
 * per activité type at least (rules EVIDENCE-CONTINUOUS, EVIDENCE-VAE). A new submission replaces
 * the one it `supersedes` as a whole.
 */
export const DsppSubmittedV1 = defineContract({
  type: 'DsppSubmitted',
  version: 1,
  context: 'evaluation',
  summary: 'A candidate submitted their DSPP (dossier de synthèse de pratique professionnelle).',
  description: 'Carries document ids and SHA-256 hashes only: the documents stay sealed in the evaluation service.',
  schema: z.object({
    candidateId: candidateIdField,
    pathwayId: pathwayIdField,
    titleCode: titleCodeField,
    submissionId: z.string().min(1).max(100).describe('Id of this submission.'),
    supersedes: z.string().min(1).max(100).nullable().describe('Id of the submission this one replaces, null for the first.'),
    documents: z.array(dsppDocumentField).min(1),
    submittedAt: instantField,
  }),
});
