import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPE_LABELS, PATHWAY_TYPES, type PathwayType } from '@titrepro/domain-rulebook';
import { z } from 'zod';

/** The registry opened a pathway (its PathwayOpened, consumed from Kafka): evaluation may start on it. */
export type PathwayRecorded = DomainEvent<
  'PathwayRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly pathwayType: PathwayType;
    /** The candidate's home region when the pathway was opened: its office assigns assessors and schedules. */
    readonly region: string;
    readonly recordedOn: CalendarDate;
  }
>;

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
