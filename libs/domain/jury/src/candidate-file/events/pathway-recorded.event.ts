import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPE_LABELS, type PathwayType } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { storedFactCommon, storedPathwayType } from '../shared/stored-schemas';
import type { ConsumedFact } from './consumed-fact';

/** A registry opened a pathway (its PathwayOpened): the jury may convene the candidate towards its title. */
export type PathwayRecorded = DomainEvent<
  'PathwayRecorded',
  ConsumedFact & {
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly pathwayType: PathwayType;
    /** The region whose registry opened it. */
    readonly region: string;
  }
>;

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
