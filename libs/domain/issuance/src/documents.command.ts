import type { RecordCcpAward } from './record-ccp-award/record-ccp-award.command';
import type { RecordCcsAward } from './record-ccs-award/record-ccs-award.command';
import type { RecordErasure } from './record-erasure/record-erasure.command';
import type { RecordRectification } from './record-rectification/record-rectification.command';
import type { RecordTitleAward } from './record-title-award/record-title-award.command';
import type { RevokeDocument } from './revoke-document/revoke-document.command';

/** Every command a candidate's documents answer, as its parser yields it: all made by the app from consumed events, but RevokeDocument. */
export type DocumentsCommand = RecordTitleAward | RecordCcsAward | RecordCcpAward | RecordRectification | RevokeDocument | RecordErasure;

export type DocumentsCommandType = DocumentsCommand['type'];
