import type { AwardData } from '../events/award-data';
import type { SessionEvent } from '../events/session-event-catalogue';
import { convocationOf, type ScheduledSession, type SessionDecision } from '../session.state';

/** What sealed minutes award for one decision: the title, the CCPs, the CCS, or that the title was not awarded. */
export const awardEventsOf = (session: ScheduledSession, decision: SessionDecision): SessionEvent[] => {
  const { sessionId, region, titleCode, kind, date } = session.session;
  const award: AwardData = {
    decisionId: decision.decisionId,
    sessionId,
    region,
    candidateId: decision.candidateId,
    titleCode,
    pathwayId: convocationOf(session, decision.candidateId)?.pathwayId ?? null,
    decidedOn: date,
    rulebookId: decision.rulebookId,
    ruleIds: [...new Set(decision.ruleApplications.map((application) => application.ruleId))],
  };
  const { outcome } = decision;
  switch (outcome.kind) {
    case 'title-awarded':
      return [{ type: 'TitleAwarded', data: { ...award, ccpCodes: decision.ccpCodesAwarded } }];
    case 'title-not-awarded':
      return [
        ...(kind === 'title' ? [{ type: 'TitleNotAwarded', data: { ...award, ccpCodes: outcome.ccpCodesAwarded } } as const] : []),
        ...(outcome.ccpCodesAwarded.length > 0 ? [{ type: 'CcpAwarded', data: { ...award, ccpCodes: outcome.ccpCodesAwarded } } as const] : []),
      ];
    case 'ccs-awarded':
      return decision.ccsCode === null ? [] : [{ type: 'CcsAwarded', data: { ...award, ccsCode: decision.ccsCode } }];
    case 'ccs-refused':
    case 'absent':
    case 'excused':
      return [];
    default: {
      const unexpected: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unexpected)}`);
    }
  }
};
