import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';

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
