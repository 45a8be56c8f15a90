import { foldEvents } from '@titrepro/domain-kernel';
import { candidateFileDecider, type CandidateFileEvent } from '@titrepro/domain-jury';
import type { CandidateState, HeldAward, IssuedDocument } from '../model';
import type { AuditedEvent } from './audited-event';

const byOccurrence = (a: AuditedEvent, b: AuditedEvent): number => a.recorded.metadata.occurredAt.localeCompare(b.recorded.metadata.occurredAt);

/**
 * The candidate's state from the events read (already cut at the "as of" date): the jury's file
 * that learnt last (every region's jury keeps the whole file, from every region's events) and the
 * documents each region issued.
 */
export const candidateStateOf = (events: readonly AuditedEvent[]): CandidateState => {
  const files = new Map<string, AuditedEvent[]>();
  for (const each of events) {
    if (each.service !== 'jury' || !each.recorded.streamId.startsWith('jurycandidate-') || !each.event) continue;
    files.set(each.region, [...(files.get(each.region) ?? []), each]);
  }
  const latest = [...files.values()].sort((a, b) => (b.at(-1)?.recorded.metadata.occurredAt ?? '').localeCompare(a.at(-1)?.recorded.metadata.occurredAt ?? '') || b.length - a.length)[0] ?? [];
  const file = foldEvents(candidateFileDecider, latest.map((each) => each.event as CandidateFileEvent));
  const held: HeldAward[] = [
    ...file.ccpsHeld.map((ccp) => ({ kind: 'ccp' as const, titleCode: ccp.titleCode, code: ccp.ccpCode, on: ccp.obtainedOn, region: ccp.region, sessionId: ccp.sessionId, decisionId: ccp.decisionId })),
    ...file.titlesHeld.map((title) => ({ kind: 'title' as const, titleCode: title.titleCode, code: title.titleCode, on: title.awardedOn, region: title.region, sessionId: title.sessionId, decisionId: title.decisionId })),
    ...file.ccssHeld.map((ccs) => ({ kind: 'ccs' as const, titleCode: ccs.titleCode, code: ccs.ccsCode, on: ccs.awardedOn, region: ccs.region, sessionId: ccs.sessionId, decisionId: ccs.decisionId })),
  ];
  const documents = new Map<string, IssuedDocument>();
  for (const each of [...events].filter((event) => event.service === 'document-issuance' && event.event).sort(byOccurrence)) {
    const data = each.recorded.data as Record<string, unknown>;
    const documentId = typeof data['documentId'] === 'string' ? data['documentId'] : null;
    const on = String(data['issuedOn'] ?? data['supersededOn'] ?? data['revokedOn'] ?? data['erasedOn'] ?? each.recorded.metadata.occurredAt.slice(0, 10));
    if ((each.recorded.type === 'ParchmentIssued' || each.recorded.type === 'BookletIssued') && documentId) {
      documents.set(documentId, { region: each.region, kind: each.recorded.type === 'ParchmentIssued' ? 'parchemin' : 'livret', documentId, decisionId: String(data['decisionId'] ?? '') || null, status: 'issued', on });
    } else if (each.recorded.type === 'BookletSuperseded' && documentId) {
      const known = documents.get(documentId);
      if (known) documents.set(documentId, { ...known, status: 'superseded', on });
    } else if (each.recorded.type === 'DocumentRevoked' && documentId) {
      const known = documents.get(documentId);
      if (known) documents.set(documentId, { ...known, status: 'revoked', on });
    } else if (each.recorded.type === 'DocumentsErased') {
      for (const [id, known] of documents) if (known.region === each.region) documents.set(id, { ...known, status: 'erased', on });
    }
  }
  return {
    homeRegion: file.homeRegion,
    pathways: file.pathways.map((pathway) => ({ pathwayId: pathway.pathwayId, titleCode: pathway.titleCode, type: pathway.type, region: pathway.region, status: pathway.status })),
    held,
    documents: [...documents.values()],
    decisions: events.filter((each) => each.recorded.type === 'DeliberationRecorded' || each.recorded.type === 'DecisionRectified').length,
  };
};
