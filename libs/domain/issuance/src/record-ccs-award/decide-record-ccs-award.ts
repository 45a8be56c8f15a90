import type { EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { recordParchmentAward } from '../shared/record-parchment-award';
import type { RecordCcsAward } from './record-ccs-award.command';

/**
 * Issues the parchemin of the CCS a jury of this region awarded (PARCHMENT, ISSUER), once per
 * decision, as for a title. Another region's CCS is only taken (no CCP comes with it), so that
 * its redelivery decides nothing.
 */
export const decideRecordCcsAward = (command: RecordCcsAward, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { data } = command;
  return recordParchmentAward({ ...data, achievement: { kind: 'ccs', titleCode: data.titleCode, ccsCode: data.ccsCode }, ccpCodes: [] }, state, input);
};
