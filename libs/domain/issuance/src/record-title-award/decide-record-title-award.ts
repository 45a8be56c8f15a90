import type { EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DocumentsState } from '../documents.state';
import type { DocumentsEvent } from '../events/documents-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { recordParchmentAward } from '../shared/record-parchment-award';
import type { RecordTitleAward } from './record-title-award.command';

/**
 * Issues the parchemin of the title a jury of this region awarded (PARCHMENT, ISSUER), and holds
 * the title's CCPs from the decision; no livret for a title. Another region's award issues nothing
 * here (its office delivers the parchemin) but its CCPs are held all the same. Once per decision: a
 * decision already taken (issued, held, or rectified before its award arrived) decides nothing, nor
 * does an award after erasure.
 */
export const decideRecordTitleAward = (command: RecordTitleAward, state: DocumentsState, input: DecisionInput): EventsOrRefusal<DocumentsEvent> => {
  const { data } = command;
  return recordParchmentAward({ ...data, achievement: { kind: 'title', titleCode: data.titleCode, ccsCode: null } }, state, input);
};
