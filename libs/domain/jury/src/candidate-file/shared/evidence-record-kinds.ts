import type { EvidenceRecordKind } from '../../shared/candidate-file-facts';

export const EVIDENCE_RECORD_KINDS = ['training-evaluation', 'dspp', 'practical-assessment', 'ccp-pair-assessment'] as const satisfies readonly EvidenceRecordKind[];
