import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDate } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** What every award event of sealed minutes carries: whose decision, where, and under which rulebook. */
export interface AwardData {
  readonly decisionId: string;
  readonly sessionId: string;
  readonly region: string;
  readonly candidateId: string;
  readonly titleCode: string;
  /** Null for a CCS (no pathway is judged). */
  readonly pathwayId: string | null;
  /** The session date: the day the jury decided. */
  readonly decidedOn: CalendarDate;
  readonly rulebookId: string;
  /** The rules the decision applied (its decision trace). */
  readonly ruleIds: readonly string[];
}

export const storedAwardShape = {
  decisionId: z.string(),
  sessionId: z.string(),
  region: z.string(),
  candidateId: z.string(),
  titleCode: z.string(),
  pathwayId: z.string().nullable(),
  decidedOn: calendarDate,
  rulebookId: z.string(),
  ruleIds: z.array(z.string()),
};
