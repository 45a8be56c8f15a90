import {
  CapitalisationWindowClosedV1,
  CcpAwardedV1,
  CcsAwardedV1,
  DecisionRectifiedV1,
  MinutesSealedV1,
  TitleAwardedV1,
  TitleNotAwardedV1,
} from '@titrepro/contracts';
import { candidateFileEvents, JURY_CANDIDATE_STREAM_CATEGORY, JURY_SESSION_STREAM_CATEGORY, sessionEvents } from '@titrepro/domain-jury';
import type { JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import { integrationEvent, type EventMapper, type IntegrationEventDraft } from '@titrepro/messaging';
import { readerOf } from '@titrepro/service-kit';

const readSessionEvent = readerOf({ events: sessionEvents });
const readCandidateFileEvent = readerOf({ events: candidateFileEvents });

/** The published outcome: the domain's, as plain data. */
const outcomeOf = (outcome: JuryDecisionOutcome) => (outcome.kind === 'title-not-awarded' ? { kind: outcome.kind, ccpCodesAwarded: [...outcome.ccpCodesAwarded] } : { kind: outcome.kind });

/**
 * The jury's published language: decisions once their minutes are sealed (never before), the seal
 * itself (one message per candidate, keyed by them), rectifications, and closed capitalisation
 * windows. Ids, codes, dates and hashes only: no name, no reason text.
 */
const mapSessionEvent = (recorded: RecordedEvent): IntegrationEventDraft | readonly IntegrationEventDraft[] | null => {
  const event = readSessionEvent(recorded);
  const at = recorded.metadata.occurredAt;
  switch (event.type) {
    case 'TitleAwarded': {
      const { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodes, decidedOn, rulebookId, ruleIds } = event.data;
      return integrationEvent(TitleAwardedV1, { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodes: [...ccpCodes], decidedOn, rulebookId, ruleIds: [...ruleIds], awardedAt: at });
    }
    case 'CcpAwarded': {
      const { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodes, decidedOn, rulebookId, ruleIds } = event.data;
      return integrationEvent(CcpAwardedV1, { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodes: [...ccpCodes], decidedOn, rulebookId, ruleIds: [...ruleIds], awardedAt: at });
    }
    case 'CcsAwarded': {
      const { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccsCode, decidedOn, rulebookId, ruleIds } = event.data;
      return integrationEvent(CcsAwardedV1, { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccsCode, decidedOn, rulebookId, ruleIds: [...ruleIds], awardedAt: at });
    }
    case 'TitleNotAwarded': {
      const { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodes, decidedOn, rulebookId, ruleIds } = event.data;
      return integrationEvent(TitleNotAwardedV1, { candidateId, decisionId, sessionId, region, titleCode, pathwayId, ccpCodesAwarded: [...ccpCodes], decidedOn, rulebookId, ruleIds: [...ruleIds], decidedAt: at });
    }
    case 'MinutesSealed': {
      const { sessionId, region, titleCode, sessionKind, date, minutesHash, members, decisions } = event.data;
      // One message per candidate (the Kafka key), each with its own stable id.
      return decisions.map((decision) =>
        integrationEvent(
          MinutesSealedV1,
          { candidateId: decision.candidateId, sessionId, region, titleCode, sessionKind, sessionDate: date, decisionId: decision.decisionId, outcome: outcomeOf(decision.outcome), minutesHash, memberIds: [...members], sealedAt: at },
          `${recorded.eventId}:${decision.candidateId}`,
        ),
      );
    }
    case 'DecisionRectified': {
      const { candidateId, rectificationId, decisionId, sessionId, region, titleCode, previousOutcome, outcome, ccpCodesAwarded, ccsCode, decidedOn, rectifiedOn, rulebookId, ruleApplications } = event.data;
      return integrationEvent(DecisionRectifiedV1, {
        candidateId,
        rectificationId,
        decisionId,
        sessionId,
        region,
        titleCode,
        previousOutcome: outcomeOf(previousOutcome),
        outcome: outcomeOf(outcome),
        ccpCodesAwarded: [...ccpCodesAwarded],
        ccsCode,
        decidedOn,
        rectifiedOn,
        rulebookId,
        ruleIds: ruleApplications.map((application) => application.ruleId),
        rectifiedAt: at,
      });
    }
    default:
      return null;
  }
};

const mapCandidateFileEvent = (recorded: RecordedEvent): IntegrationEventDraft | null => {
  const event = readCandidateFileEvent(recorded);
  if (event.type !== 'CapitalisationWindowClosed') return null;
  const { candidateId, titleCode, windowStart, windowEnd, ccpCodesHeld, missingCcpCodes, rulebookId } = event.data;
  return integrationEvent(CapitalisationWindowClosedV1, {
    candidateId,
    titleCode,
    // Only the home region announces it: the deployment that recorded it.
    region: String(recorded.metadata.region),
    windowStart,
    windowEnd,
    ccpCodesHeld: [...ccpCodesHeld],
    missingCcpCodes: [...missingCcpCodes],
    rulebookId,
    closedAt: recorded.metadata.occurredAt,
  });
};

/** Sessions and candidates' files publish; jury members' records stay here. */
export const mapJuryEvent: EventMapper = (recorded) => {
  if (recorded.streamId.startsWith(`${JURY_SESSION_STREAM_CATEGORY}-`)) return mapSessionEvent(recorded);
  if (recorded.streamId.startsWith(`${JURY_CANDIDATE_STREAM_CATEGORY}-`)) return mapCandidateFileEvent(recorded);
  return null;
};
