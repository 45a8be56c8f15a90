import { z } from 'zod';
import type { VaeAdmissibilityOutcome } from '../events/vae-admissibility-decided.event';
import { identifier, regionCode, text } from '../shared/input-schemas';

export interface DecideVaeAdmissibilityData {
  readonly candidateId: string;
  readonly actingRegion: string;
  readonly pathwayId: string;
  readonly outcome: VaeAdmissibilityOutcome;
  /** Required when not admissible: the officer's reason, told to the candidate. */
  readonly reason?: string;
}

/** A regional officer answers the pending dossier de recevabilité. */
export interface DecideVaeAdmissibility {
  readonly type: 'DecideVaeAdmissibility';
  readonly data: DecideVaeAdmissibilityData;
}

export const decideVaeAdmissibilityDataSchema: z.ZodType<DecideVaeAdmissibilityData> = z
  .strictObject({
    candidateId: identifier,
    actingRegion: regionCode,
    pathwayId: identifier,
    outcome: z.enum(['admissible', 'not-admissible']),
    reason: text(2000).optional(),
  })
  .superRefine((value, context) => {
    if (value.outcome === 'not-admissible' && value.reason === undefined) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'is required when the outcome is not-admissible' });
    }
  });
