import type { RuleApplication, RuleId } from '@titrepro/domain-rulebook';
import type { EvidenceItem } from './evidence-item';

/** One rule's reading of a pathway's file. */
export interface JudgedEvidence {
  readonly ruleId: RuleId;
  readonly present: EvidenceItem[];
  readonly missing: EvidenceItem[];
  /** The rule as applied, with the facts it read (once, or per CCP for CCP-PAIR): the decision trace's rules. */
  readonly applications: RuleApplication[];
}

/** An item the file may hold, and whether it does. */
export interface Candidate {
  readonly item: EvidenceItem;
  readonly held: boolean;
}
