import { defineCommand, identifier, regionCode, singleLineText, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorKind } from '../shared/assessor-facts';
import { ASSESSOR_KINDS } from '../shared/assessor-facts';
import { qualifiedTitleCodes, titleCode, withSpecialty } from '../shared/input-schemas';
import { decideRegisterAssessor } from './decide-register-assessor';

export interface RegisterAssessorData {
  readonly assessorId: string;
  /** The registering office's region. */
  readonly region: string;
  readonly kind: AssessorKind;
  /** The trainer's specialty; null for a professional (the input may leave it out). */
  readonly specialtyTitleCode: string | null;
  /** At least one; each a title of the référentiel. */
  readonly qualifiedTitleCodes: readonly string[];
  readonly familyName: string;
  readonly givenNames: readonly string[];
}

/** The data of RegisterAssessor as a request sends it: names trimmed, plain text only. */
export const registerAssessorDataSchema: z.ZodType<RegisterAssessorData, unknown> = z
  .strictObject({
    assessorId: identifier,
    region: regionCode,
    kind: z.enum(ASSESSOR_KINDS),
    specialtyTitleCode: titleCode.nullable().optional(),
    qualifiedTitleCodes,
    familyName: singleLineText(200),
    givenNames: z.array(singleLineText(100)).min(1, { message: 'must hold at least one given name' }).max(10),
  })
  .transform(withSpecialty);

/** Checks an assessor's registration at the edge; a refusal names the first wrong field. */
export const registerAssessorCommand = defineCommand({ type: 'RegisterAssessor', schema: registerAssessorDataSchema, decide: decideRegisterAssessor });

export const parseRegisterAssessor = registerAssessorCommand.parse;

/** A regional office registers a professional or a trainer as an assessor. */
export type RegisterAssessor = TypedCommand<'RegisterAssessor', RegisterAssessorData>;
