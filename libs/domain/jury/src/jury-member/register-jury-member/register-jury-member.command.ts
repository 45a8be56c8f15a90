import { defineCommand, identifier, regionCode, singleLineText, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { allDistinct, titleCode } from '../../shared/code-schemas';
import { decideRegisterJuryMember } from './decide-register-jury-member';

export interface RegisterJuryMemberData {
  /** Server field: minted by the app. */
  readonly memberId: string;
  /** Server field: the registering office's region. */
  readonly region: string;
  /** At least one, distinct; each a title of the référentiel in force on the day of registration. */
  readonly titleCodes: readonly string[];
  /** The person's id as an assessor, if they are one (the input may leave it out). */
  readonly assessorId: string | null;
  readonly familyName: string;
  readonly givenNames: readonly string[];
}

/** The data of RegisterJuryMember, server fields included: names trimmed, plain text only. */
export const registerJuryMemberDataSchema: z.ZodType<RegisterJuryMemberData, unknown> = z
  .strictObject({
    memberId: identifier,
    region: regionCode,
    titleCodes: z
      .array(titleCode)
      .min(1, { message: 'must hold at least one title code' })
      .max(50)
      .refine(allDistinct, { message: 'must not name a title twice' }),
    assessorId: identifier.nullable().optional(),
    familyName: singleLineText(200),
    givenNames: z.array(singleLineText(100)).min(1, { message: 'must hold at least one given name' }).max(10),
  })
  .transform((data) => ({ ...data, assessorId: data.assessorId ?? null }));

/** Checks a jury member's registration at the edge; a refusal names the first wrong field. */
export const registerJuryMemberCommand = defineCommand({ type: 'RegisterJuryMember', schema: registerJuryMemberDataSchema, decide: decideRegisterJuryMember });

export const parseRegisterJuryMember = registerJuryMemberCommand.parse;

/** A regional office registers a member of its validation juries, habilitated for some titles. */
export type RegisterJuryMember = TypedCommand<'RegisterJuryMember', RegisterJuryMemberData>;
