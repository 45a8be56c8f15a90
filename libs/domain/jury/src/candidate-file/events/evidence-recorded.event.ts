import { calendarDate, defineEvent, type DomainEvent, type Explanation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { EvidenceRecordKind, FileEvidenceRecord } from '../../shared/candidate-file-facts';
import { EVIDENCE_RECORD_KINDS } from '../shared/evidence-record-kinds';
import { storedFactCommon } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/**
 * The evaluation service recorded a piece of evidence (an ECF, a DSPP, a practical assessment, a
 * pair assessment): its ids and hashes, never its content. Its assessors may not judge the candidate.
 */
export type EvidenceRecorded = DomainEvent<'EvidenceRecorded', ConsumedFact & Omit<FileEvidenceRecord, 'source'>>;

const KIND_LABELS: Readonly<Record<EvidenceRecordKind, Explanation>> = {
  'training-evaluation': { fr: 'ECF', en: 'ECF' },
  dspp: { fr: 'DSPP', en: 'DSPP' },
  'practical-assessment': { fr: 'Mise en situation', en: 'Practical assessment' },
  'ccp-pair-assessment': { fr: 'Évaluation en binôme', en: 'Pair assessment' },
};

const PASSED_LABELS = {
  true: { fr: ' : réussi', en: ': passed' },
  false: { fr: ' : non réussi', en: ': failed' },
  null: { fr: '', en: '' },
} as const;

/** EvidenceRecorded as stored, version 1. */
export const evidenceRecordedDescriptor = defineEvent<EvidenceRecorded>({
  type: 'EvidenceRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    ...storedFactCommon,
    pathwayId: z.string(),
    kind: z.enum(EVIDENCE_RECORD_KINDS),
    ccpCode: z.string().nullable(),
    ccsCode: z.string().nullable(),
    referenceId: z.string(),
    sha256s: z.array(z.string()),
    assessorIds: z.array(z.string()),
    passed: z.boolean().nullable(),
    on: calendarDate,
  }),
  describe: ({ pathwayId, kind, ccpCode, ccsCode, referenceId, assessorIds, passed, on, recordedOn }) => {
    const about = ccpCode ?? (ccsCode === null ? null : `CCS ${ccsCode}`);
    const what = about === null ? `${referenceId}` : `${referenceId}, ${about}`;
    const outcome = PASSED_LABELS[String(passed) as keyof typeof PASSED_LABELS];
    const by = assessorIds.join(', ') || '—';
    return {
      fr: `${KIND_LABELS[kind].fr} ${what} du ${on} (parcours ${pathwayId}, évaluateurs ${by})${outcome.fr}, pris en compte le ${recordedOn}`,
      en: `${KIND_LABELS[kind].en} ${what} on ${on} (pathway ${pathwayId}, assessors ${by})${outcome.en}, recorded on ${recordedOn}`,
    };
  },
});
