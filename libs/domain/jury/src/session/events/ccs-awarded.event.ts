import type { DomainEvent } from '@titrepro/domain-kernel';
import type { AwardData } from './award-data';

/** The CCS the jury awarded stands (sealed minutes). */
export type CcsAwarded = DomainEvent<'CcsAwarded', AwardData & { readonly ccsCode: string }>;
