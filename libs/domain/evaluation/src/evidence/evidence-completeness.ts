import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { fail, notFound, ok } from '@titrepro/domain-kernel';
import { decisionTrace, type DecisionTrace, type PathwayType } from '@titrepro/domain-rulebook';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationDeciderDependencies } from '../shared/dependencies';
import { dsppEvidence } from '../shared/dspp-evidence';
import { findPathway, rulebookFor, titleFor } from '../shared/guards';
import { discontinuousEvidence } from './discontinuous-evidence';
import type { EvidenceItem } from './evidence-item';
import { juryEvidence } from './jury-evidence';

/** What the jury would find on a pathway's file on a given day, under the rulebook in force that day. */
export interface EvidenceCompleteness {
  readonly candidateId: string;
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly pathwayType: PathwayType;
  readonly rulebookId: string;
  /** EVIDENCE-CONTINUOUS, EVIDENCE-VAE or CCP-PAIR, as the pathway type says. */
  readonly ruleIds: string[];
  /** True exactly when `missing` is empty. */
  readonly complete: boolean;
  readonly present: EvidenceItem[];
  readonly missing: EvidenceItem[];
  /** The rule applied with the facts it read, and the DSPP documents it counted by id and hash. */
  readonly trace: DecisionTrace;
}

/**
 * Which evidence a pathway holds and lacks, per CCP, as of `on`. The entretien avec le jury is left
 * out: it is the jury's own act, recorded by the jury, not evidence held here.
 */
export const evidenceCompleteness = (
  state: EvaluationState,
  pathwayId: string,
  on: CalendarDate,
  dependencies: EvaluationDeciderDependencies,
): Result<EvidenceCompleteness, DomainError> => {
  if (state.status === 'unknown') return fail(notFound('pathway', pathwayId));
  const pathway = findPathway(state, state.candidateId, pathwayId);
  if (!pathway.ok) return pathway;
  const rulebook = rulebookFor(dependencies, on);
  if (!rulebook.ok) return rulebook;
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;

  const judged =
    pathway.value.type === 'discontinuous-training'
      ? discontinuousEvidence(pathway.value, title.value, rulebook.value)
      : juryEvidence(pathway.value, title.value, rulebook.value);
  return ok({
    candidateId: state.candidateId,
    pathwayId,
    titleCode: pathway.value.titleCode,
    pathwayType: pathway.value.type,
    rulebookId: rulebook.value.id,
    ruleIds: [judged.ruleId],
    complete: judged.missing.length === 0,
    present: judged.present,
    missing: judged.missing,
    trace: decisionTrace(rulebook.value, judged.applications, { evidence: dsppEvidence(pathway.value) }),
  });
};
