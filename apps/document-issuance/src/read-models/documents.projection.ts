import { DOCUMENTS_STREAM_CATEGORY, documentsEvents } from '@titrepro/domain-issuance';
import { defineRowProjection, readModelTable, type TableRows } from '@titrepro/service-kit';
import { emptyStatusList, setRevoked } from '@titrepro/credentials';
import { positionOf } from '../status-lists/status-list-entries';
import { IssuedDocument } from './issued-document.entity';
import { StatusListRow } from './status-list.entity';

const ISSUED = { status: 'issued' as const, revokedOn: null, revocationReason: null, erasedOn: null };

/** Sets the entry's bit in this region's list (created empty, 131,072 entries, on first use). */
const revokeEntry = async (lists: TableRows<StatusListRow>, entry: number): Promise<void> => {
  const { list, index } = positionOf(entry);
  const row = lists.get({ list });
  lists.put({ list, encodedList: await setRevoked(row?.encodedList ?? (await emptyStatusList()), index, true) });
};

/**
 * The candidates' documents as listed (status, revocation, erasure), and this region's revocation
 * lists: a revoked document's entry is set, so that verifiers reading the published list see it.
 * Every document in this store was issued by this region (ISSUER), so every revocation is ours.
 */
export const documentReadModels = defineRowProjection({
  name: 'document-read-models',
  category: DOCUMENTS_STREAM_CATEGORY,
  events: documentsEvents,
  // A revocation list holds the entries of many candidates: it is found by its number.
  tables: { documents: readModelTable(IssuedDocument, 'candidateId'), statusLists: readModelTable(StatusListRow, 'list') },
  scope: (event) => ({
    documents: event.data.candidateId,
    statusLists: event.type === 'DocumentRevoked' ? positionOf(event.data.statusListIndex).list : undefined,
  }),
  apply: async (rows, event, recorded) => {
    const position = String(recorded.globalPosition);
    switch (event.type) {
      case 'ParchmentIssued': {
        const { documentId, candidateId, decisionId, achievement, issuerRegion, decidedOn, issuedOn, statusListIndex } = event.data;
        rows.documents.put({
          documentId,
          candidateId,
          kind: 'parchment',
          decisionId,
          titleCode: achievement.titleCode,
          ccsCode: achievement.ccsCode,
          version: null,
          issuerRegion,
          decidedOn,
          issuedOn,
          statusListIndex,
          ...ISSUED,
          updatedPosition: position,
        });
        return;
      }
      case 'BookletIssued': {
        const { documentId, candidateId, decisionId, titleCode, version, issuerRegion, decidedOn, issuedOn, statusListIndex } = event.data;
        rows.documents.put({ documentId, candidateId, kind: 'booklet', decisionId, titleCode, ccsCode: null, version, issuerRegion, decidedOn, issuedOn, statusListIndex, ...ISSUED, updatedPosition: position });
        return;
      }
      case 'BookletSuperseded':
        rows.documents.update({ candidateId: event.data.candidateId, documentId: event.data.documentId }, { status: 'superseded', updatedPosition: position });
        return;
      case 'DocumentRevoked': {
        const { candidateId, documentId, statusListIndex, reason, revokedOn } = event.data;
        rows.documents.update({ candidateId, documentId }, { status: 'revoked', revokedOn, revocationReason: reason, updatedPosition: position });
        await revokeEntry(rows.statusLists, statusListIndex);
        return;
      }
      case 'DocumentsErased':
        rows.documents.update({ candidateId: event.data.candidateId }, { erasedOn: event.data.erasedOn });
        return;
      default:
        return;
    }
  },
});
