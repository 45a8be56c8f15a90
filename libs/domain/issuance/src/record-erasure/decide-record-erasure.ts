import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import type { RecordErasure } from './record-erasure.command';

/** Records the candidate's erasure once; a redelivery decides nothing. */
export const decideRecordErasure = (command: RecordErasure, state: DocumentsState, { on: today }: DecisionInput): EventsOrRefusal<DocumentsEvent> =>
  state.erasedOn !== null ? ok([]) : ok([{ type: 'DocumentsErased', data: { candidateId: command.data.candidateId, erasedOn: today } }]);
