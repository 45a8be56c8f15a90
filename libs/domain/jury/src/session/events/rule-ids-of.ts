import { decisionTrace, type DecisionTrace, type RuleApplication } from '@titrepro/domain-rulebook';
import type { FileReference } from '../../shared/candidate-file-facts';

interface TracedData {
  readonly rulebookId: string;
  readonly ruleApplications: readonly RuleApplication[];
  readonly fileRef?: FileReference;
  readonly evidence?: { readonly records: readonly { readonly referenceId: string; readonly sha256s: readonly string[] }[] } | null;
}

/**
 * The decision trace of a session event that records its rule applications (the one trace of every
 * service): the rules with their facts and verdicts, the evidence records by id and hash, and the
 * jury file's version the decision read (`fileRef`, a stream of the jury's own store).
 */
export const traceOf = (data: TracedData): DecisionTrace =>
  decisionTrace(data.rulebookId, data.ruleApplications, {
    evidence: (data.evidence?.records ?? []).flatMap((record) => record.sha256s.map((sha256) => ({ id: record.referenceId, sha256 }))),
    reads: data.fileRef ? [{ service: null, region: null, streamId: data.fileRef.streamId, revision: data.fileRef.revision }] : [],
  });
