import { calendarDate, identifier, regionCode } from '@titrepro/domain-kernel';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { CandidateFileFacts, FileReference, SourceEvent } from '../../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';
import type { JuryDecisionOutcome } from '@titrepro/domain-rulebook';

// What session commands accept. The facts the app loads from other streams (members, files) are
// server fields: checked here all the same, because a decision is only as good as what it read.

/** A title code as the référentiel names it. */
export const titleCode = z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' });

/** A CCP or CCS code as the référentiel names it (`CCP1`, `CCS-RESEAU`). */
export const certificateCode = z
  .string()
  .max(32)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'must be upper-case letters, digits and dashes, such as CCP1' });

const unique = (values: readonly string[]): boolean => new Set(values).size === values.length;

export const uniqueCertificateCodes = z.array(certificateCode).max(50).refine(unique, { message: 'must not name a code twice' });

export const juryMemberFactsSchema: z.ZodType<JuryMemberFacts, unknown> = z.strictObject({
  memberId: identifier,
  region: regionCode,
  titleCodes: z.array(titleCode).min(1).max(50).refine(unique, { message: 'must not name a title twice' }),
  assessorId: identifier.nullable(),
});

/** One to seven distinct members. */
export const juryMembersSchema = z
  .array(juryMemberFactsSchema)
  .min(1, { message: 'must hold at least one member' })
  .max(7, { message: 'must hold at most seven members' })
  .refine((members) => unique(members.map((member) => member.memberId)), { message: 'must not name a member twice' });

const sourceEvent: z.ZodType<SourceEvent, unknown> = z.strictObject({ eventId: z.string().min(1).max(200), region: regionCode });
const ids = z.array(z.string().min(1).max(200)).max(1000);
const evidenceItem = z.strictObject({ key: z.string().min(1).max(200), fr: z.string().max(1000), en: z.string().max(1000) });

export const candidateFileFactsSchema: z.ZodType<CandidateFileFacts, unknown> = z.strictObject({
  candidateId: identifier,
  homeRegion: regionCode.nullable(),
  pathways: z.array(z.strictObject({ pathwayId: identifier, titleCode, type: z.enum(PATHWAY_TYPES), region: regionCode, status: z.enum(['open', 'withdrawn']) })),
  admissibility: z.array(z.strictObject({ pathwayId: identifier, outcome: z.enum(['admissible', 'not-admissible']), decidedOn: calendarDate, source: sourceEvent })),
  admissibilityRequests: z.array(z.strictObject({ pathwayId: identifier, requestedOn: calendarDate, source: sourceEvent })).optional(),
  evidenceStatus: z.array(
    z.strictObject({ pathwayId: identifier, rulebookId: z.string().min(1), ruleIds: ids, complete: z.boolean(), present: z.array(evidenceItem), missing: z.array(evidenceItem), source: sourceEvent }),
  ),
  evidenceRecords: z.array(
    z.strictObject({
      pathwayId: identifier,
      kind: z.enum(['training-evaluation', 'dspp', 'practical-assessment', 'ccp-pair-assessment']),
      ccpCode: certificateCode.nullable(),
      ccsCode: certificateCode.nullable(),
      referenceId: z.string().min(1).max(200),
      sha256s: z.array(z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' })),
      assessorIds: ids,
      passed: z.boolean().nullable(),
      on: calendarDate,
      source: sourceEvent,
    }),
  ),
  assessorIds: ids,
  ccpsHeld: z.array(z.strictObject({ titleCode, ccpCode: certificateCode, obtainedOn: calendarDate, region: regionCode, sessionId: identifier, decisionId: identifier })),
  titlesHeld: z.array(z.strictObject({ titleCode, awardedOn: calendarDate, region: regionCode, sessionId: identifier, decisionId: identifier })),
  ccssHeld: z.array(z.strictObject({ titleCode, ccsCode: certificateCode, awardedOn: calendarDate, region: regionCode, sessionId: identifier, decisionId: identifier })),
});

export const fileReferenceSchema: z.ZodType<FileReference, unknown> = z.strictObject({
  streamId: z.string().min(1).max(200),
  revision: z.number().int().min(0),
});

export const juryDecisionOutcomeSchema: z.ZodType<JuryDecisionOutcome, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-awarded') }),
  z.strictObject({ kind: z.literal('title-not-awarded'), ccpCodesAwarded: uniqueCertificateCodes }),
  z.strictObject({ kind: z.literal('ccs-awarded') }),
  z.strictObject({ kind: z.literal('ccs-refused') }),
  z.strictObject({ kind: z.literal('absent') }),
  z.strictObject({ kind: z.literal('excused') }),
]);

/** A SHA-256 in lower-case hex, as `minutesHashOf` gives it. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' });
