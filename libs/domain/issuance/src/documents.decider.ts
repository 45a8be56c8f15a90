import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput, conflict, fail } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { documentsCommands, type DocumentsCommand } from './documents.command';
import { evolveDocuments } from './documents.evolve';
import type { DocumentsState } from './documents.state';
import { initialDocumentsState } from './documents.state';
import type { DocumentsEvent } from './events/documents-event-catalogue';
import type { DocumentsDeciderDependencies } from './shared/dependencies';

export type DocumentsDecider = Decider<DocumentsState, DocumentsCommand, DocumentsEvent>;

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
    return documentsCommands.decide(command, state, decisionInput(context, dependencies));
  },
});

/** The decider over the shipped titles and rulebooks. */
export const documentsDecider: DocumentsDecider = createDocumentsDecider({ referential, rulebooks });
