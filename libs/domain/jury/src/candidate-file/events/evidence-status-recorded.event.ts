import type { DomainEvent } from '@titrepro/domain-kernel';
import type { EvidenceItemFacts } from '../../shared/candidate-file-facts';
import type { ConsumedFact } from './consumed-fact';

/**
 * The evaluation service judged a pathway's evidence (its EvidenceCompletenessChanged, under its
 * rulebook and rule): the latest per pathway is what the jury convenes on.
 */
export type EvidenceStatusRecorded = DomainEvent<
  'EvidenceStatusRecorded',
  ConsumedFact & {
    readonly pathwayId: string;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly complete: boolean;
    readonly present: readonly EvidenceItemFacts[];
    readonly missing: readonly EvidenceItemFacts[];
  }
>;
