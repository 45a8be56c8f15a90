import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { EvidenceItem } from '../evidence/evidence-item';

/**
 * What a pathway's file holds and lacks for the jury changed (rules EVIDENCE-CONTINUOUS,
 * EVIDENCE-VAE, CCP-PAIR): written after the decision that changed it, or after any decision once
 * another rulebook came into force, so that readers need not re-run the rules.
 */
export type EvidenceCompletenessChanged = DomainEvent<
  'EvidenceCompletenessChanged',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly pathwayType: PathwayType;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
    readonly complete: boolean;
    readonly present: readonly EvidenceItem[];
    readonly missing: readonly EvidenceItem[];
    readonly changedOn: CalendarDate;
  }
>;
