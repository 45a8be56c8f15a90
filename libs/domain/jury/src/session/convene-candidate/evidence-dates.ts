import type { DatedEvidencePiece } from '@titrepro/domain-rulebook';
import type { EvidenceItemFacts, FileEvidenceRecord } from '../../shared/candidate-file-facts';

/**
 * The records that back one piece of evidence, by the evaluation's key: `ecf:CCP1` is the ECF of
 * CCP1, `dspp:CCP1` a DSPP submission (one covers every activité type), `practical-assessment:title-synthesis`
 * the épreuve de synthèse, `practical-assessment:CCP1` and `ccp-pair:CCP1` those of CCP1.
 */
const backs = (key: string, record: FileEvidenceRecord): boolean => {
  const [kind, target] = key.split(':');
  switch (kind) {
    case 'ecf':
      return record.kind === 'training-evaluation' && record.ccpCode === target;
    case 'dspp':
      return record.kind === 'dspp';
    case 'practical-assessment':
      return record.kind === 'practical-assessment' && (target === 'title-synthesis' ? record.ccpCode === null && record.ccsCode === null : record.ccpCode === target);
    case 'ccp-pair':
      return record.kind === 'ccp-pair-assessment' && record.ccpCode === target;
    default:
      return false;
  }
};

/** Each piece the evaluation counts as present, with the dates of the pathway's records that back it (EVIDENCE-DATED's facts). */
export const datedPieces = (present: readonly EvidenceItemFacts[], records: readonly FileEvidenceRecord[]): DatedEvidencePiece[] =>
  present.map((item) => ({ key: item.key, fr: item.fr, en: item.en, datedOn: records.filter((record) => backs(item.key, record)).map((record) => record.on) }));
