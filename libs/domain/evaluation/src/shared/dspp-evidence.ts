import type { EvidenceRelied } from '@titrepro/domain-rulebook';
import type { PathwayEvaluation } from '../evaluation.state';

/** The DSPP documents a decision relies on (those of one CCP, or all), by id and hash: its trace's evidence. */
export const dsppEvidence = (pathway: Pick<PathwayEvaluation, 'dspp'>, ccpCode?: string): EvidenceRelied[] =>
  (pathway.dspp?.documents ?? []).filter((document) => ccpCode === undefined || document.ccpCode === ccpCode).map(({ documentId, sha256 }) => ({ id: documentId, sha256 }));
