import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedAssessorKind, storedGrid } from '../shared/stored-schemas';
import type { CcpPairAssessmentRecorded } from './ccp-pair-assessment-recorded.event';
import { ASSESSOR_KIND_LABELS, PASS_FAIL_LABELS } from '../shared/labels';

const pairAssessor = z.strictObject({ assessorId: z.string(), kind: storedAssessorKind, specialtyTitleCode: z.string().nullable() });

/** CcpPairAssessmentRecorded as stored, version 1; a decision under the rule it records (CCP-PAIR). */
export const ccpPairAssessmentRecordedDescriptor = defineEvent<CcpPairAssessmentRecorded>({
  type: 'CcpPairAssessmentRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    ccpCode: z.string(),
    assessedOn: calendarDate,
    assessors: z.tuple([pairAssessor, pairAssessor]),
    outcome: z.enum(['passed', 'failed']),
    grid: storedGrid,
    recordedOn: calendarDate,
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
    ruleOutcome: z.strictObject({ ruleId: z.string(), passed: z.boolean(), explanation: z.strictObject({ fr: z.string(), en: z.string() }) }),
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ pathwayId, ccpCode, assessedOn, assessors, outcome, recordedOn }) => {
    const seats = (language: 'fr' | 'en') => assessors.map((seat) => `${seat.assessorId} (${ASSESSOR_KIND_LABELS[seat.kind][language]})`).join(language === 'fr' ? ' et ' : ' and ');
    return {
      fr: `${ccpCode} évalué le ${assessedOn} en binôme par ${seats('fr')} (parcours ${pathwayId}) : ${PASS_FAIL_LABELS[outcome].fr}, enregistré le ${recordedOn}`,
      en: `${ccpCode} assessed on ${assessedOn} by the pair ${seats('en')} (pathway ${pathwayId}): ${PASS_FAIL_LABELS[outcome].en}, recorded on ${recordedOn}`,
    };
  },
});
