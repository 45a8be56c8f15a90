import type { CalendarDate } from '@titrepro/domain-kernel';
import { compareCalendarDates } from '@titrepro/domain-kernel';
import type { HeldCcp } from '../documents.state';

/** The origin of CCPs a decision awards. */
export interface CcpAwardOrigin {
  readonly decisionId: string;
  readonly sessionId: string;
  readonly region: string;
  readonly titleCode: string;
  readonly decidedOn: CalendarDate;
}

export const isHeld = (held: readonly HeldCcp[], titleCode: string, ccpCode: string): boolean =>
  held.some((ccp) => ccp.titleCode === titleCode && ccp.ccpCode === ccpCode);

/** The CCPs of `ccpCodes` not held yet, as entries obtained on the decision. */
export const newCcps = (held: readonly HeldCcp[], origin: CcpAwardOrigin, ccpCodes: readonly string[]): HeldCcp[] =>
  ccpCodes
    .filter((ccpCode) => !isHeld(held, origin.titleCode, ccpCode))
    .map((ccpCode) => ({
      titleCode: origin.titleCode,
      ccpCode,
      obtainedOn: origin.decidedOn,
      sessionId: origin.sessionId,
      region: origin.region,
      decisionId: origin.decisionId,
    }));

/** Adds what a decision awarded; a CCP already held is kept as first obtained. */
export const withCcps = (held: readonly HeldCcp[], origin: CcpAwardOrigin, ccpCodes: readonly string[]): HeldCcp[] => [...held, ...newCcps(held, origin, ccpCodes)];

/** Drops what one decision awarded: a rectified decision replaces its CCPs. */
export const withoutDecision = (held: readonly HeldCcp[], decisionId: string): HeldCcp[] => held.filter((ccp) => ccp.decisionId !== decisionId);

/** Same CCP, same date, session, region and decision. */
export const sameEntry = (a: HeldCcp, b: HeldCcp): boolean =>
  a.titleCode === b.titleCode && a.ccpCode === b.ccpCode && a.obtainedOn === b.obtainedOn && a.sessionId === b.sessionId && a.region === b.region && a.decisionId === b.decisionId;

/** The order of a livret: by date obtained, then title and CCP code. */
export const inBookletOrder = (entries: readonly HeldCcp[]): HeldCcp[] =>
  [...entries].sort(
    (a, b) => compareCalendarDates(a.obtainedOn, b.obtainedOn) || a.titleCode.localeCompare(b.titleCode) || a.ccpCode.localeCompare(b.ccpCode),
  );
