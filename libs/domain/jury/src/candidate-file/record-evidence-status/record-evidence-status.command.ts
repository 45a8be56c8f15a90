import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import type { RuleId } from '@titrepro/domain-rulebook';
import { RULE_IDS } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { EvidenceItemFacts } from '../../shared/candidate-file-facts';
import { consumedFactFields, evidenceItemSchema, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordEvidenceStatus } from './decide-record-evidence-status';

export interface RecordEvidenceStatusData extends ConsumedFactData {
  readonly pathwayId: string;
  /** The evaluation's rulebook and rule(s): EVIDENCE-CONTINUOUS, EVIDENCE-VAE or CCP-PAIR. */
  readonly rulebookId: string;
  readonly ruleIds: readonly RuleId[];
  readonly complete: boolean;
  readonly present: readonly EvidenceItemFacts[];
  readonly missing: readonly EvidenceItemFacts[];
}

const items = z.array(evidenceItemSchema).max(200);

/** The data of RecordEvidenceStatus, from the evaluation's EvidenceCompletenessChanged: complete exactly when nothing is missing. */
export const recordEvidenceStatusDataSchema: z.ZodType<RecordEvidenceStatusData, unknown> = z
  .strictObject({
    ...consumedFactFields,
    pathwayId: identifier,
    rulebookId: identifier,
    ruleIds: z.array(z.enum(RULE_IDS)).min(1, { message: 'must name the rule that judged the evidence' }).max(5),
    complete: z.boolean(),
    present: items,
    missing: items,
  })
  .refine((data) => data.complete === (data.missing.length === 0), { path: ['complete'], message: 'must be true exactly when nothing is missing' });

export const recordEvidenceStatusCommand = defineCommand({ type: 'RecordEvidenceStatus', schema: recordEvidenceStatusDataSchema, decide: decideRecordEvidenceStatus });

export const parseRecordEvidenceStatus = recordEvidenceStatusCommand.parse;

/** The evaluation service judged a pathway's evidence: the jury convenes on its latest judgement. */
export type RecordEvidenceStatus = TypedCommand<'RecordEvidenceStatus', RecordEvidenceStatusData>;
