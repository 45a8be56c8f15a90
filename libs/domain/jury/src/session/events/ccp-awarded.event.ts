import type { DomainEvent } from '@titrepro/domain-kernel';
import type { AwardData } from './award-data';

/** The CCPs the jury awarded stand (sealed minutes): each opens or continues the capitalisation window. */
export type CcpAwarded = DomainEvent<'CcpAwarded', AwardData & { readonly ccpCodes: readonly string[] }>;
