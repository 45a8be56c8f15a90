import type { AwardHeldFromOtherRegion } from './award-held-from-other-region.event';
import type { BookletIssued } from './booklet-issued.event';
import type { BookletSuperseded } from './booklet-superseded.event';
import type { DocumentRevoked } from './document-revoked.event';
import type { DocumentsErased } from './documents-erased.event';
import type { ParchmentIssued } from './parchment-issued.event';
import type { RectificationRecorded } from './rectification-recorded.event';

/** Every event of a candidate's documents stream. */
export type DocumentsEvent = ParchmentIssued | BookletIssued | BookletSuperseded | AwardHeldFromOtherRegion | RectificationRecorded | DocumentRevoked | DocumentsErased;

export type DocumentsEventType = DocumentsEvent['type'];
