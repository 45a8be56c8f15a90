import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';

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
