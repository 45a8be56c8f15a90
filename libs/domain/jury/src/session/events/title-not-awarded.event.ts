import type { DomainEvent } from '@titrepro/domain-kernel';
import type { AwardData } from './award-data';

/** The jury did not award the title (sealed minutes); the CCPs it awarded, if any, follow in CcpAwarded. */
export type TitleNotAwarded = DomainEvent<'TitleNotAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;
