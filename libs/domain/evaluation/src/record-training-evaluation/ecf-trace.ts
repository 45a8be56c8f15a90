import type { Title } from '@titrepro/domain-referential';
import { applyRule, decisionTrace, type DecisionTrace, type Rulebook } from '@titrepro/domain-rulebook';
import type { EcfResult, PathwayEvaluation } from '../evaluation.state';
import { juryEvidenceFacts } from '../evidence/jury-evidence';
import { dsppEvidence } from '../shared/dspp-evidence';

/**
 * The trace of an ECF: EVIDENCE-CONTINUOUS on the pathway's file with this ECF counted (the rule
 * says what the file then lacks for the jury), and the DSPP documents those facts counted, by id
 * and hash. The decider records it, and the audit re-derives it from the stream before the event.
 */
export const ecfTrace = (pathway: PathwayEvaluation, title: Title, rulebook: Rulebook, ecf: EcfResult): DecisionTrace => {
  const withEcf = { ...pathway, trainingEvaluations: [...pathway.trainingEvaluations, ecf] };
  return decisionTrace(rulebook, [applyRule(rulebook, 'EVIDENCE-CONTINUOUS', juryEvidenceFacts(withEcf, title))], { evidence: dsppEvidence(pathway) });
};
