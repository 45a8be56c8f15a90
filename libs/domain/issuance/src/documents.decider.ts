import { calendarDateInParis, conflict, type Decider, type EventsOrRefusal, fail } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { DocumentsCommand } from './documents.command';
import { evolveDocuments } from './documents.evolve';
import { type DocumentsState, initialDocumentsState } from './documents.state';
import type { DocumentsEvent } from './events/documents-event-catalogue';
import { decideRecordCcpAward } from './record-ccp-award/decide-record-ccp-award';
import { decideRecordCcsAward } from './record-ccs-award/decide-record-ccs-award';
import { decideRecordErasure } from './record-erasure/decide-record-erasure';
import { decideRecordRectification } from './record-rectification/decide-record-rectification';
import { decideRecordTitleAward } from './record-title-award/decide-record-title-award';
import { decideRevokeDocument } from './revoke-document/decide-revoke-document';
import type { DecisionInput } from './shared/decision';
import type { DocumentsDeciderDependencies } from './shared/dependencies';

export type DocumentsDecider = Decider<DocumentsState, DocumentsCommand, DocumentsEvent>;

const decideCommand = (command: DocumentsCommand, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  switch (command.type) {
    case 'RecordTitleAward':
      return decideRecordTitleAward(command, state, input);
    case 'RecordCcsAward':
      return decideRecordCcsAward(command, state, input);
    case 'RecordCcpAward':
      return decideRecordCcpAward(command, state, input);
    case 'RecordRectification':
      return decideRecordRectification(command, state, input);
    case 'RevokeDocument':
      return decideRevokeDocument(command, state, input);
    case 'RecordErasure':
      return decideRecordErasure(command, state, input);
    default: {
      const unexpected: never = command;
      throw new Error(`unknown documents command ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * A candidate's documents in one region's deployment: parchemins and livret versions issued from
 * the awards and rectifications of this region's juries (ISSUER: it alone holds its signing key),
 * the CCPs awarded by the juries of every region held so that its livrets list them all, documents
 * revoked by rectification or by this office, and closed by erasure. Kafka delivers at least once and a refused consumed command is
 * dead-lettered, so the consumed commands are lenient: a duplicate or stale fact decides nothing.
 * A command sent to another candidate's stream is refused: that is the app's mistake. The rules
 * are evaluated as of the award's session date; documents are dated by `context.now` read as a
 * Europe/Paris day.
 */
export const createDocumentsDecider = (dependencies: DocumentsDeciderDependencies): DocumentsDecider => ({
  initialState: initialDocumentsState,
  evolve: evolveDocuments,
  decide: (command, state, context) => {
    const { candidateId } = command.data;
    if (state.candidateId !== null && state.candidateId !== candidateId) {
      return fail(conflict(`command for candidate ${candidateId} was sent to the documents of candidate ${state.candidateId}`));
    }
    return decideCommand(command, state, { today: calendarDateInParis(context.now), dependencies });
  },
});

/** The decider over the shipped titles and rulebooks. */
export const documentsDecider: DocumentsDecider = createDocumentsDecider({ referential, rulebooks });
