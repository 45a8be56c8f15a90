import type { DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
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
