import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { PATHWAY_TYPES, type PathwayType } from '@titrepro/domain-rulebook';
import { z } from 'zod';

/** The candidate started a pathway towards a title (decided under rule PATHWAY). */
export type PathwayOpened = DomainEvent<
  'PathwayOpened',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    /** Version of the title's référentiel in force on `openedOn`. */
    readonly titleVersion: number;
    readonly pathwayType: PathwayType;
    readonly openedOn: CalendarDate;
    readonly rulebookId: string;
    readonly ruleIds: readonly string[];
  }
>;

const IN_FRENCH: Readonly<Record<PathwayType, string>> = {
  'continuous-training': 'de formation continue',
  vae: 'de VAE',
  'discontinuous-training': 'de formation discontinue',
};

/** PathwayOpened as stored, version 1; a decision under rule PATHWAY. */
export const pathwayOpenedDescriptor = defineEvent<PathwayOpened>({
  type: 'PathwayOpened',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    titleVersion: z.number().int().positive(),
    pathwayType: z.enum(PATHWAY_TYPES),
    openedOn: calendarDate,
    rulebookId: z.string(),
    ruleIds: z.array(z.string()),
  }),
  decision: (data) => ({ rulebookId: data.rulebookId, ruleIds: data.ruleIds }),
  describe: ({ pathwayType, pathwayId, titleCode, openedOn }) => ({
    fr: `Ouverture du parcours ${IN_FRENCH[pathwayType]} ${pathwayId} vers le titre ${titleCode} le ${openedOn}`,
    en: `Opened ${pathwayType} pathway ${pathwayId} towards ${titleCode} on ${openedOn}`,
  }),
});
