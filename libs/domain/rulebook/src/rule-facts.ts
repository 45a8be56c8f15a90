import type { CcpTransitionDetails, CcpTransitionFacts } from './facts/ccp-transition.facts';
import type { CapitalisationWindowDetails, CapitalisationWindowFacts, TitleByCapitalisationDetails, TitleByCapitalisationFacts } from './facts/capitalisation.facts';
import type { CcpAssessmentFacts } from './facts/ccp-assessment.facts';
import type { CcsFacts } from './facts/ccs.facts';
import type { BookletEntryFacts, IssuerFacts, ParchmentFacts } from './facts/documents.facts';
import type { JuryEvidenceDetails, JuryEvidenceFacts } from './facts/evidence.facts';
import type { EvidenceDatedDetails, EvidenceDatedFacts } from './facts/evidence-dated.facts';
import type { JuryCompositionFacts, JuryOutcomeFacts, VaeJuryFacts } from './facts/jury.facts';
import type { PathwayFacts } from './facts/pathway.facts';
import type { VaeAdmissibilityFacts, VaeExperienceDetails, VaeExperienceFacts } from './facts/vae.facts';
import type { RuleId } from './rule-id';

/**
 * The dated facts each rule is a function of: the contract between deciders and every rulebook.
 * A later regime needing more facts adds optional fields here; deciders that do not supply them
 * keep working.
 */
export interface RuleFactsById {
  readonly PATHWAY: PathwayFacts;
  readonly 'VAE-EXPERIENCE': VaeExperienceFacts;
  readonly 'VAE-ADMISSIBILITY': VaeAdmissibilityFacts;
  readonly 'EVIDENCE-CONTINUOUS': JuryEvidenceFacts;
  readonly 'EVIDENCE-VAE': JuryEvidenceFacts;
  readonly 'EVIDENCE-DATED': EvidenceDatedFacts;
  readonly 'JURY-PROFESSIONALS': JuryCompositionFacts;
  readonly 'JURY-OUTCOME': JuryOutcomeFacts;
  readonly 'CCP-PAIR': CcpAssessmentFacts;
  readonly 'CAPITALISATION-WINDOW': CapitalisationWindowFacts;
  readonly 'TITLE-BY-CAPITALISATION': TitleByCapitalisationFacts;
  readonly 'CCS-REQUIRES-TITLE': CcsFacts;
  readonly PARCHMENT: ParchmentFacts;
  readonly BOOKLET: BookletEntryFacts;
  readonly ISSUER: IssuerFacts;
  readonly 'CCP-TRANSITION-2016': CcpTransitionFacts;
  readonly 'VAE-JURY': VaeJuryFacts;
}

/** What a rule measured, for the decision event (null when the verdict says it all). */
export interface RuleDetailsById {
  readonly PATHWAY: null;
  readonly 'VAE-EXPERIENCE': VaeExperienceDetails;
  readonly 'VAE-ADMISSIBILITY': null;
  readonly 'EVIDENCE-CONTINUOUS': JuryEvidenceDetails;
  readonly 'EVIDENCE-VAE': JuryEvidenceDetails;
  readonly 'EVIDENCE-DATED': EvidenceDatedDetails;
  readonly 'JURY-PROFESSIONALS': null;
  readonly 'JURY-OUTCOME': null;
  readonly 'CCP-PAIR': null;
  readonly 'CAPITALISATION-WINDOW': CapitalisationWindowDetails;
  readonly 'TITLE-BY-CAPITALISATION': TitleByCapitalisationDetails;
  readonly 'CCS-REQUIRES-TITLE': null;
  readonly PARCHMENT: null;
  readonly BOOKLET: null;
  readonly ISSUER: null;
  readonly 'CCP-TRANSITION-2016': CcpTransitionDetails;
  readonly 'VAE-JURY': null;
}

// Compile-time check that both maps cover exactly the rule ids.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _factsCoverRuleIds: Exactly<keyof RuleFactsById, RuleId> = true;
const _detailsCoverRuleIds: Exactly<keyof RuleDetailsById, RuleId> = true;
