import { revealed } from '@titrepro/domain-kernel';
import {
  candidateFileEvents,
  JURY_CANDIDATE_STREAM_CATEGORY,
  JURY_MEMBER_STREAM_CATEGORY,
  JURY_SESSION_STREAM_CATEGORY,
  juryMemberEvents,
  sessionEvents,
} from '@titrepro/domain-jury';
import { defineProjection } from '@titrepro/service-kit';
import type { EntityManager } from 'typeorm';
import { ClosedWindowRow } from './closed-window.entity';
import { HeldCcpRow } from './held-ccp.entity';
import { JuryMemberSummary } from './jury-member-summary.entity';
import { SessionSummary } from './session-summary.entity';

/** The officers' list of jury members (names in clear, from the member's sealed event). */
export const juryMemberReadModels = defineProjection({
  name: 'jury-member-read-models',
  category: JURY_MEMBER_STREAM_CATEGORY,
  events: juryMemberEvents,
  tables: ['jury_member_summary'],
  apply: async (manager, event, recorded) => {
    if (event.type !== 'JuryMemberRegistered') return;
    const { memberId, region, titleCodes, assessorId, familyName, givenNames } = event.data;
    const names = revealed(givenNames);
    await manager.upsert(
      JuryMemberSummary,
      { memberId, region, titleCodes: [...titleCodes], assessorId, familyName: revealed(familyName), givenNames: names ? names.join(' ') : null, updatedPosition: String(recorded.globalPosition) },
      ['memberId'],
    );
  },
});

/** Adds a candidate to a session summary's list, once. */
const withOnce = (list: readonly string[], id: string): string[] => (list.includes(id) ? [...list] : [...list, id]);

const updateSummary = async (manager: EntityManager, sessionId: string, position: string, change: (summary: SessionSummary) => Partial<SessionSummary>) => {
  const summary = await manager.findOneBy(SessionSummary, { sessionId });
  // Applying an event twice leaves the same row: a summary already past this event is left alone.
  if (!summary || BigInt(summary.updatedPosition) >= BigInt(position)) return;
  await manager.update(SessionSummary, { sessionId }, { ...change(summary), updatedPosition: position });
};

/** One line per session: its jury, who was convened and decided, and the seal. */
export const sessionReadModels = defineProjection({
  name: 'session-read-models',
  category: JURY_SESSION_STREAM_CATEGORY,
  events: sessionEvents,
  tables: ['session_summary'],
  apply: async (manager, event, recorded) => {
    const position = String(recorded.globalPosition);
    switch (event.type) {
      case 'ValidationSessionScheduled': {
        const { sessionId, region, titleCode, kind, date } = event.data;
        await manager.upsert(
          SessionSummary,
          { sessionId, region, titleCode, kind, date, memberIds: [], candidateIds: [], decidedCandidateIds: [], sealedOn: null, minutesHash: null, updatedPosition: position },
          ['sessionId'],
        );
        return;
      }
      case 'JuryConstituted':
        return updateSummary(manager, event.data.sessionId, position, () => ({ memberIds: event.data.members.map((member) => member.memberId) }));
      case 'CandidateConvened':
        return updateSummary(manager, event.data.sessionId, position, (summary) => ({ candidateIds: withOnce(summary.candidateIds, event.data.candidateId) }));
      case 'DeliberationRecorded':
        return updateSummary(manager, event.data.sessionId, position, (summary) => ({ decidedCandidateIds: withOnce(summary.decidedCandidateIds, event.data.candidateId) }));
      case 'MinutesSealed':
        return updateSummary(manager, event.data.sessionId, position, () => ({ sealedOn: event.data.sealedOn, minutesHash: event.data.minutesHash }));
      default:
        return;
    }
  },
});

/** A CCP already held keeps the day it was first obtained (which opens the window), as the file does. */
const holdCcps = async (manager: EntityManager, row: Omit<HeldCcpRow, 'ccpCode'>, ccpCodes: readonly string[]) => {
  if (ccpCodes.length === 0) return;
  await manager.createQueryBuilder().insert().into(HeldCcpRow).values(ccpCodes.map((ccpCode) => ({ ...row, ccpCode }))).orIgnore().execute();
};

type Award = { readonly kind: string; readonly ccpCodes?: readonly string[] };
const ccpCodesOf = (award: Award): readonly string[] => (award.kind === 'title' || award.kind === 'ccps' ? (award.ccpCodes ?? []) : []);

/**
 * The CCPs each candidate holds and the windows already announced closed: where the hourly sweep
 * looks for capitalisation windows that may have run out. The candidate's file decides; this only
 * narrows whom to ask.
 */
export const capitalisationWatch = defineProjection({
  name: 'capitalisation-watch',
  category: JURY_CANDIDATE_STREAM_CATEGORY,
  events: candidateFileEvents,
  tables: ['held_ccp', 'closed_capitalisation_window'],
  apply: async (manager, event) => {
    switch (event.type) {
      case 'AwardRecorded': {
        const { candidateId, titleCode, decisionId, awardedOn, award } = event.data;
        return holdCcps(manager, { candidateId, titleCode, decisionId, obtainedOn: awardedOn }, ccpCodesOf(award));
      }
      case 'AwardRectified': {
        const { candidateId, titleCode, decisionId, awardedOn, award } = event.data;
        await manager.delete(HeldCcpRow, { candidateId, decisionId });
        return holdCcps(manager, { candidateId, titleCode, decisionId, obtainedOn: awardedOn }, ccpCodesOf(award));
      }
      case 'CapitalisationWindowClosureRecorded':
      case 'CapitalisationWindowClosed': {
        const { candidateId, titleCode, windowStart } = event.data;
        await manager.upsert(ClosedWindowRow, { candidateId, titleCode, windowStart }, ['candidateId', 'titleCode', 'windowStart']);
        return;
      }
      default:
        return;
    }
  },
});
