import { identifier, regionCode, singleLineText } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorFacts, AssignmentScope, CompetenceOutcome, PracticalAssessmentTarget } from './assessor-facts';
import { ASSESSOR_KINDS, COMPETENCE_OUTCOMES } from './assessor-facts';

/** A title code as the référentiel names it. */
export const titleCode = z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' });

/** A CCP or CCS code as the référentiel names it (`CCP1`, `CCS-RESEAU`). */
export const certificateCode = z
  .string()
  .max(32)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'must be upper-case letters, digits and dashes, such as CCP1' });

/** A kind with its specialty: a trainer has one, a professional none (absent or null in the input). */
export const withSpecialty = <Input extends { kind: AssessorFacts['kind']; specialtyTitleCode?: string | null | undefined }>(
  input: Input,
  context: z.RefinementCtx,
): Omit<Input, 'specialtyTitleCode'> & { specialtyTitleCode: string | null } => {
  const specialty = input.specialtyTitleCode ?? null;
  if (input.kind === 'trainer' && specialty === null) {
    context.addIssue({ code: 'custom', path: ['specialtyTitleCode'], message: 'is required for a trainer', input: input.specialtyTitleCode });
  }
  if (input.kind === 'professional' && specialty !== null) {
    context.addIssue({ code: 'custom', path: ['specialtyTitleCode'], message: 'must be absent for a professional', input: specialty });
  }
  return { ...input, specialtyTitleCode: specialty };
};

const uniqueCodes = (codes: readonly string[]): boolean => new Set(codes).size === codes.length;

export const qualifiedTitleCodes = z
  .array(titleCode)
  .min(1, { message: 'must hold at least one title code' })
  .max(50)
  .refine(uniqueCodes, { message: 'must not name a title twice' });

/** An assessor's facts as the app passes them in a command. */
export const assessorFactsSchema: z.ZodType<AssessorFacts, unknown> = z
  .strictObject({
    assessorId: identifier,
    kind: z.enum(ASSESSOR_KINDS),
    specialtyTitleCode: titleCode.nullable(),
    qualifiedTitleCodes,
    region: regionCode,
  })
  .transform(withSpecialty);

export const practicalAssessmentTargetSchema: z.ZodType<PracticalAssessmentTarget, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('title-synthesis') }),
  z.strictObject({ kind: z.literal('ccp'), ccpCode: certificateCode }),
  z.strictObject({ kind: z.literal('ccs'), ccsCode: certificateCode }),
]);

export const assignmentScopeSchema: z.ZodType<AssignmentScope, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ecf'), ccpCode: certificateCode }),
  z.strictObject({ kind: z.literal('practical-assessment'), assessmentId: identifier }),
  z.strictObject({ kind: z.literal('ccp-evaluation'), ccpCode: certificateCode }),
]);

/** A grid: which compétences are checked against the référentiel is the decider's business. */
export const competenceGrid: z.ZodType<readonly CompetenceOutcome[], unknown> = z
  .array(z.strictObject({ competence: singleLineText(1000), outcome: z.enum(COMPETENCE_OUTCOMES) }))
  .min(1, { message: 'must hold at least one compétence' })
  .max(200);
