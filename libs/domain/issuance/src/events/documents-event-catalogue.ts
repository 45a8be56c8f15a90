import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { awardHeldFromOtherRegionDescriptor } from './award-held-from-other-region.event';
import { bookletIssuedDescriptor } from './booklet-issued.event';
import { bookletSupersededDescriptor } from './booklet-superseded.event';
import { documentRevokedDescriptor } from './document-revoked.event';
import { documentsErasedDescriptor } from './documents-erased.event';
import { parchmentIssuedDescriptor } from './parchment-issued.event';
import { rectificationRecordedDescriptor } from './rectification-recorded.event';

export * from './award-held-from-other-region.event';
export * from './booklet-issued.event';
export * from './booklet-superseded.event';
export * from './document-revoked.event';
export * from './documents-erased.event';
export * from './parchment-issued.event';
export * from './rectification-recorded.event';

/** The events of a candidate's documents stream, described. They hold ids, codes and dates only: nothing personal. */
export const documentsEvents = eventCatalogue({
  ParchmentIssued: parchmentIssuedDescriptor,
  BookletIssued: bookletIssuedDescriptor,
  BookletSuperseded: bookletSupersededDescriptor,
  AwardHeldFromOtherRegion: awardHeldFromOtherRegionDescriptor,
  RectificationRecorded: rectificationRecordedDescriptor,
  DocumentRevoked: documentRevokedDescriptor,
  DocumentsErased: documentsErasedDescriptor,
});

/** Every event of a candidate's documents stream. */
export type DocumentsEvent = EventOf<typeof documentsEvents>;

export type DocumentsEventType = DocumentsEvent['type'];
