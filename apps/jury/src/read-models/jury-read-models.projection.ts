import { revealed } from '@titrepro/domain-kernel';
import {
  candidateFileEvents,
  JURY_CANDIDATE_STREAM_CATEGORY,
  JURY_MEMBER_STREAM_CATEGORY,
  JURY_SESSION_STREAM_CATEGORY,
  juryMemberEvents,
  sessionEvents,
} from '@titrepro/domain-jury';
import { defineRowProjection, readModelTable, type TableRows } from '@titrepro/service-kit';
import { ClosedWindowRow } from './closed-window.entity';
import { HeldCcpRow } from './held-ccp.entity';
import { JuryMemberSummary } from './jury-member-summary.entity';
import { SessionSummary } from './session-summary.entity';

/** The officers' list of jury members (names in clear, from the member's sealed event). */
export const juryMemberReadModels = defineRowProjection({
  name: 'jury-member-read-models',
  category: JURY_MEMBER_STREAM_CATEGORY,
  events: juryMemberEvents,
  tables: { members: readModelTable(JuryMemberSummary, 'memberId') },
  scope: (event) => event.data.memberId,
  apply: (rows, event, recorded) => {
    if (event.type !== 'JuryMemberRegistered') return;
    const { memberId, region, titleCodes, assessorId, familyName, givenNames } = event.data;
    const names = revealed(givenNames);
    rows.members.put({
      memberId,
      region,
      titleCodes: [...titleCodes],
      assessorId,
      familyName: revealed(familyName),
      givenNames: names ? names.join(' ') : null,
      updatedPosition: String(recorded.globalPosition),
    });
  },
});

/** Adds a candidate to a session summary's list, once. */
const withOnce = (list: readonly string[], id: string): string[] => (list.includes(id) ? [...list] : [...list, id]);

const updateSummary = (sessions: TableRows<SessionSummary>, sessionId: string, position: string, change: (summary: Readonly<SessionSummary>) => Partial<SessionSummary>): void => {
  const summary = sessions.get({ sessionId });
  // Applying an event twice leaves the same row: a summary already past this event is left alone.
  if (!summary || BigInt(summary.updatedPosition) >= BigInt(position)) return;
  sessions.update({ sessionId }, { ...change(summary), updatedPosition: position });
};

/** One line per session: its jury, who was convened and decided, and the seal. */
export const sessionReadModels = defineRowProjection({
  name: 'session-read-models',
  category: JURY_SESSION_STREAM_CATEGORY,
  events: sessionEvents,
  tables: { sessions: readModelTable(SessionSummary, 'sessionId') },
  scope: (event) => event.data.sessionId,
  apply: (rows, event, recorded) => {
    const position = String(recorded.globalPosition);
    switch (event.type) {
      case 'ValidationSessionScheduled': {
        const { sessionId, region, titleCode, kind, date } = event.data;
        rows.sessions.put({ sessionId, region, titleCode, kind, date, memberIds: [], candidateIds: [], decidedCandidateIds: [], sealedOn: null, minutesHash: null, updatedPosition: position });
        return;
      }
      case 'JuryConstituted':
        return updateSummary(rows.sessions, event.data.sessionId, position, () => ({ memberIds: event.data.members.map((member) => member.memberId) }));
      case 'CandidateConvened':
        return updateSummary(rows.sessions, event.data.sessionId, position, (summary) => ({ candidateIds: withOnce(summary.candidateIds, event.data.candidateId) }));
      case 'DeliberationRecorded':
        return updateSummary(rows.sessions, event.data.sessionId, position, (summary) => ({ decidedCandidateIds: withOnce(summary.decidedCandidateIds, event.data.candidateId) }));
      case 'MinutesSealed':
        return updateSummary(rows.sessions, event.data.sessionId, position, () => ({ sealedOn: event.data.sealedOn, minutesHash: event.data.minutesHash }));
      default:
        return;
    }
  },
});

/** A CCP already held keeps the day it was first obtained (which opens the window), as the file does. */
const holdCcps = (held: TableRows<HeldCcpRow>, row: Omit<HeldCcpRow, 'ccpCode'>, ccpCodes: readonly string[]): void => {
  for (const ccpCode of ccpCodes) held.putIfAbsent({ ...row, ccpCode });
};

type Award = { readonly kind: string; readonly ccpCodes?: readonly string[] };
const ccpCodesOf = (award: Award): readonly string[] => (award.kind === 'title' || award.kind === 'ccps' ? (award.ccpCodes ?? []) : []);

/**
 * The CCPs each candidate holds and the windows already announced closed: where the hourly sweep
 * looks for capitalisation windows that may have run out. The candidate's file decides; this only
 * narrows whom to ask.
 */
export const capitalisationWatch = defineRowProjection({
  name: 'capitalisation-watch',
  category: JURY_CANDIDATE_STREAM_CATEGORY,
  events: candidateFileEvents,
  tables: { held: readModelTable(HeldCcpRow, 'candidateId'), closedWindows: readModelTable(ClosedWindowRow, 'candidateId') },
  scope: (event) => event.data.candidateId,
  apply: (rows, event) => {
    switch (event.type) {
      case 'AwardRecorded': {
        const { candidateId, titleCode, decisionId, awardedOn, award } = event.data;
        return holdCcps(rows.held, { candidateId, titleCode, decisionId, obtainedOn: awardedOn }, ccpCodesOf(award));
      }
      case 'AwardRectified': {
        const { candidateId, titleCode, decisionId, awardedOn, award } = event.data;
        rows.held.delete({ candidateId, decisionId });
        return holdCcps(rows.held, { candidateId, titleCode, decisionId, obtainedOn: awardedOn }, ccpCodesOf(award));
      }
      case 'CapitalisationWindowClosureRecorded':
      case 'CapitalisationWindowClosed': {
        const { candidateId, titleCode, windowStart } = event.data;
        rows.closedWindows.put({ candidateId, titleCode, windowStart });
        return;
      }
      default:
        return;
    }
  },
});
