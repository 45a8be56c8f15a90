import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from './shared/decision';
import type { DocumentsEvent } from './events/documents-event-catalogue';
import type { DocumentsState } from './documents.state';
import { recordCcpAwardCommand } from './record-ccp-award/record-ccp-award.command';
import { recordCcsAwardCommand } from './record-ccs-award/record-ccs-award.command';
import { recordErasureCommand } from './record-erasure/record-erasure.command';
import { recordRectificationCommand } from './record-rectification/record-rectification.command';
import { recordTitleAwardCommand } from './record-title-award/record-title-award.command';
import { revokeDocumentCommand } from './revoke-document/revoke-document.command';

/**
 * The commands of a candidate's documents (all made by the app from consumed events, but RevokeDocument), one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const documentsCommands = commandCatalogue<DocumentsState, DocumentsEvent, DecisionInput>()({
  RecordTitleAward: recordTitleAwardCommand,
  RecordCcsAward: recordCcsAwardCommand,
  RecordCcpAward: recordCcpAwardCommand,
  RecordRectification: recordRectificationCommand,
  RevokeDocument: revokeDocumentCommand,
  RecordErasure: recordErasureCommand,
});

export type DocumentsCommand = CommandOf<typeof documentsCommands>;

export type DocumentsCommandType = DocumentsCommand['type'];
