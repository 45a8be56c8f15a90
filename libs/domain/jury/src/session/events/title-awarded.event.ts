import type { DomainEvent } from '@titrepro/domain-kernel';
import type { AwardData } from './award-data';

/** The jury's decision to award the title stands (sealed minutes). */
export type TitleAwarded = DomainEvent<'TitleAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;
