import { defineCommand, identifier, multilineText, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideVaeAdmissibility } from './decide-vae-admissibility';

interface DecidingOn {
  readonly candidateId: string;
  readonly actingRegion: string;
  readonly pathwayId: string;
}

/** The officer's answer; "not admissible" always comes with the officer's reason, told to the candidate. */
export type DecideVaeAdmissibilityData = DecidingOn &
  (
    | { readonly outcome: 'admissible'; readonly reason?: string }
    | { readonly outcome: 'not-admissible'; readonly reason: string }
  );

/** The data of DecideVaeAdmissibility as a request sends it (one object, so that its OpenAPI body stays one). */
export const decideVaeAdmissibilityDataSchema: z.ZodType<DecideVaeAdmissibilityData, unknown> = z
  .strictObject({
    candidateId: identifier,
    actingRegion: regionCode,
    pathwayId: identifier,
    outcome: z.enum(['admissible', 'not-admissible']),
    reason: multilineText(2000).optional(),
  })
  .transform(({ outcome, reason, ...decidingOn }, context): DecideVaeAdmissibilityData => {
    if (outcome === 'admissible') return { ...decidingOn, outcome, ...(reason === undefined ? {} : { reason }) };
    if (reason === undefined) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'is required when the outcome is not-admissible', input: reason });
      return z.NEVER;
    }
    return { ...decidingOn, outcome, reason };
  });

/** Checks an admissibility decision at the edge; a refusal names the first wrong field. */
export const decideVaeAdmissibilityCommand = defineCommand({ type: 'DecideVaeAdmissibility', schema: decideVaeAdmissibilityDataSchema, decide: decideVaeAdmissibility });

export const parseDecideVaeAdmissibility = decideVaeAdmissibilityCommand.parse;

/** A regional officer answers the pending dossier de recevabilité. */
export type DecideVaeAdmissibility = TypedCommand<'DecideVaeAdmissibility', DecideVaeAdmissibilityData>;
