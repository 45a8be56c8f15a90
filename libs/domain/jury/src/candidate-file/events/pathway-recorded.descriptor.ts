import { defineEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPE_LABELS } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { storedFactCommon, storedPathwayType } from '../shared/stored-schemas';
import type { PathwayRecorded } from './pathway-recorded.event';

/** PathwayRecorded as stored, version 1. */
export const pathwayRecordedDescriptor = defineEvent<PathwayRecorded>({
  type: 'PathwayRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ ...storedFactCommon, pathwayId: z.string(), titleCode: z.string(), pathwayType: storedPathwayType, region: z.string() }),
  describe: ({ pathwayId, pathwayType, titleCode, region, recordedOn }) => ({
    fr: `Parcours ${pathwayId} (${PATHWAY_TYPE_LABELS[pathwayType].fr}, titre ${titleCode}, région ${region}) pris en compte pour le jury le ${recordedOn}`,
    en: `Pathway ${pathwayId} (${PATHWAY_TYPE_LABELS[pathwayType].en}, title ${titleCode}, region ${region}) recorded for the jury on ${recordedOn}`,
  }),
});
