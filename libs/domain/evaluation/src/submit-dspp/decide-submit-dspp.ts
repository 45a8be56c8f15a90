import { conflict, type DomainError, type EventsOrRefusal, fail, invalidInput, ok, type Result } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { EvaluationState } from '../evaluation.state';
import type { DsppDocument } from '../events/dspp-submitted.event';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { openPathway, titleFor } from '../shared/guards';
import type { SubmitDspp } from './submit-dspp.command';

/** Exactly one document per activité type of the title: an extra or repeated CCP is named by its index, a missing one by its code. */
const onePerActiviteType = (documents: readonly DsppDocument[], title: Title): Result<readonly DsppDocument[], DomainError> => {
  const activiteTypes = title.ccps.map((ccp) => ccp.code);
  const seen = new Set<string>();
  for (const [index, document] of documents.entries()) {
    if (!activiteTypes.includes(document.ccpCode)) {
      return fail(invalidInput(`documents[${index}].ccpCode`, `${document.ccpCode} is not an activité type of title ${title.code} (${activiteTypes.join(', ')})`));
    }
    if (seen.has(document.ccpCode)) return fail(invalidInput(`documents[${index}].ccpCode`, `${document.ccpCode} has a document already; one per activité type`));
    seen.add(document.ccpCode);
  }
  const missing = activiteTypes.filter((code) => !seen.has(code));
  if (missing.length > 0) return fail(invalidInput('documents', `must hold one document per activité type of title ${title.code}; missing: ${missing.join(', ')}`));
  return ok(documents);
};

/** A DSPP describes practice for every activité type (EVIDENCE-CONTINUOUS, EVIDENCE-VAE); a new one supersedes the current. */
export const decideSubmitDspp = (command: SubmitDspp, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const pathway = openPathway(state, data.candidateId, data.pathwayId);
  if (!pathway.ok) return pathway;
  const { dspp, supersededDsppIds } = pathway.value;
  if (dspp?.submissionId === data.submissionId || supersededDsppIds.includes(data.submissionId)) {
    return fail(conflict(`DSPP submission ${data.submissionId} already exists on pathway ${data.pathwayId}`));
  }
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;
  const documents = onePerActiviteType(data.documents, title.value);
  if (!documents.ok) return documents;
  return ok([
    {
      type: 'DsppSubmitted',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: pathway.value.titleCode,
        submissionId: data.submissionId,
        submittedBy: data.submittedBy,
        documents: data.documents,
        supersedes: dspp?.submissionId ?? null,
        submittedOn: on,
      },
    },
  ]);
};
