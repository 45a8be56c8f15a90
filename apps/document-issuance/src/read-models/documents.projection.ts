import { DOCUMENTS_STREAM_CATEGORY, documentsEvents } from '@titrepro/domain-issuance';
import { defineProjection } from '@titrepro/service-kit';
import type { EntityManager } from 'typeorm';
import { emptyStatusList, setRevoked } from '@titrepro/credentials';
import { positionOf } from '../status-lists/status-list-entries';
import { IssuedDocument } from './issued-document.entity';
import { StatusListRow } from './status-list.entity';

const ISSUED = { status: 'issued' as const, revokedOn: null, revocationReason: null, erasedOn: null };

/** Sets the entry's bit in this region's list (created empty, 131,072 entries, on first use). */
const revokeEntry = async (manager: EntityManager, entry: number): Promise<void> => {
  const { list, index } = positionOf(entry);
  const row = await manager.findOneBy(StatusListRow, { list });
  const encodedList = await setRevoked(row?.encodedList ?? (await emptyStatusList()), index, true);
  await manager.upsert(StatusListRow, { list, encodedList }, ['list']);
};

/**
 * The candidates' documents as listed (status, revocation, erasure), and this region's revocation
 * lists: a revoked document's entry is set, so that verifiers reading the published list see it.
 * Every document in this store was issued by this region (ISSUER), so every revocation is ours.
 */
export const documentReadModels = defineProjection({
  name: 'document-read-models',
  category: DOCUMENTS_STREAM_CATEGORY,
  events: documentsEvents,
  tables: ['issued_document', 'status_list'],
  apply: async (manager, event, recorded) => {
    const position = String(recorded.globalPosition);
    switch (event.type) {
      case 'ParchmentIssued': {
        const { documentId, candidateId, decisionId, achievement, issuerRegion, decidedOn, issuedOn, statusListIndex } = event.data;
        await manager.upsert(
          IssuedDocument,
          { documentId, candidateId, kind: 'parchment', decisionId, titleCode: achievement.titleCode, ccsCode: achievement.ccsCode, version: null, issuerRegion, decidedOn, issuedOn, statusListIndex, ...ISSUED, updatedPosition: position },
          ['documentId'],
        );
        return;
      }
      case 'BookletIssued': {
        const { documentId, candidateId, decisionId, titleCode, version, issuerRegion, decidedOn, issuedOn, statusListIndex } = event.data;
        await manager.upsert(
          IssuedDocument,
          { documentId, candidateId, kind: 'booklet', decisionId, titleCode, ccsCode: null, version, issuerRegion, decidedOn, issuedOn, statusListIndex, ...ISSUED, updatedPosition: position },
          ['documentId'],
        );
        return;
      }
      case 'BookletSuperseded':
        await manager.update(IssuedDocument, { documentId: event.data.documentId }, { status: 'superseded', updatedPosition: position });
        return;
      case 'DocumentRevoked': {
        const { documentId, statusListIndex, reason, revokedOn } = event.data;
        await manager.update(IssuedDocument, { documentId }, { status: 'revoked', revokedOn, revocationReason: reason, updatedPosition: position });
        await revokeEntry(manager, statusListIndex);
        return;
      }
      case 'DocumentsErased':
        await manager.update(IssuedDocument, { candidateId: event.data.candidateId }, { erasedOn: event.data.erasedOn });
        return;
      default:
        return;
    }
  },
});
