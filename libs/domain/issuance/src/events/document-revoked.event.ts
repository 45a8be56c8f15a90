import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { DocumentKind, RevokedBy } from '../documents.state';

/**
 * A document no longer stands: its decision was rectified (reason `decision-rectified`), or an
 * officer of the issuing region revoked it (reason: their text). Its status-list bit is set.
 */
export type DocumentRevoked = DomainEvent<
  'DocumentRevoked',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly documentKind: DocumentKind;
    readonly decisionId: string;
    readonly issuerRegion: string;
    readonly statusListIndex: number;
    /** `decision-rectified`, or the officer's text (free text: never in a description). */
    readonly reason: string;
    readonly by: RevokedBy;
    readonly revokedOn: CalendarDate;
  }
>;
