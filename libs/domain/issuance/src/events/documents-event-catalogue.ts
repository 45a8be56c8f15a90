import { eventCatalogue } from '@titrepro/domain-kernel';
import { awardHeldFromOtherRegionDescriptor } from './award-held-from-other-region.descriptor';
import { bookletIssuedDescriptor } from './booklet-issued.descriptor';
import { bookletSupersededDescriptor } from './booklet-superseded.descriptor';
import { documentRevokedDescriptor } from './document-revoked.descriptor';
import { documentsErasedDescriptor } from './documents-erased.descriptor';
import type { DocumentsEvent } from './documents-event';
import { parchmentIssuedDescriptor } from './parchment-issued.descriptor';
import { rectificationRecordedDescriptor } from './rectification-recorded.descriptor';

/** The events of a candidate's documents stream, described. They hold ids, codes and dates only: nothing personal. */
export const documentsEvents = eventCatalogue<DocumentsEvent>({
  ParchmentIssued: parchmentIssuedDescriptor,
  BookletIssued: bookletIssuedDescriptor,
  BookletSuperseded: bookletSupersededDescriptor,
  AwardHeldFromOtherRegion: awardHeldFromOtherRegionDescriptor,
  RectificationRecorded: rectificationRecordedDescriptor,
  DocumentRevoked: documentRevokedDescriptor,
  DocumentsErased: documentsErasedDescriptor,
});
