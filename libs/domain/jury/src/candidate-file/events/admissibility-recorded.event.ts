import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { ConsumedFact } from './consumed-fact';

/** A regional office notified a VAE pathway's admissibility (notification de recevabilité): VAE-ADMISSIBILITY reads it. */
export type AdmissibilityRecorded = DomainEvent<
  'AdmissibilityRecorded',
  ConsumedFact & {
    /** The VAE pathway it is about, as the file resolved it. */
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly outcome: 'admissible' | 'not-admissible';
    readonly decidedOn: CalendarDate;
  }
>;
