import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPE_LABELS, PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { PathwayRecorded } from './pathway-recorded.event';

/** PathwayRecorded as stored, version 1. */
export const pathwayRecordedDescriptor = defineEvent<PathwayRecorded>({
  type: 'PathwayRecorded',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    pathwayType: z.enum(PATHWAY_TYPES),
    region: z.string(),
    recordedOn: calendarDate,
  }),
  describe: ({ pathwayId, pathwayType, titleCode, region, recordedOn }) => ({
    fr: `Parcours ${pathwayId} (${PATHWAY_TYPE_LABELS[pathwayType].fr}, titre ${titleCode}, région ${region}) pris en compte pour l'évaluation le ${recordedOn}`,
    en: `Pathway ${pathwayId} (${PATHWAY_TYPE_LABELS[pathwayType].en}, title ${titleCode}, region ${region}) recorded for evaluation on ${recordedOn}`,
  }),
});
