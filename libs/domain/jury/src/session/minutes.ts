import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { createHash } from 'node:crypto';
import type { CalendarDate } from '@titrepro/domain-kernel';
import type { RuleId } from '@titrepro/domain-rulebook';
import type { SessionKind } from './shared/session-kind';
import type { ScheduledSession } from './session.state';

/** The procès-verbal: what members approve and the office seals. Ids and decisions only, no name. */
export interface SessionMinutes {
  readonly sessionId: string;
  readonly region: string;
  readonly titleCode: string;
  readonly ccsCode: string | null;
  readonly date: CalendarDate;
  readonly kind: SessionKind;
  /** Sorted. */
  readonly members: readonly string[];
  /** Sorted by candidate id: the deliberated decisions (rectifications come after sealing, outside the minutes). */
  readonly decisions: readonly {
    readonly candidateId: string;
    readonly decisionId: string;
    readonly outcome: JuryDecisionOutcome;
    readonly ccpCodesAwarded: readonly string[];
    readonly ccsCode: string | null;
    readonly rules: readonly { readonly ruleId: RuleId; readonly subject: string | null; readonly passed: boolean }[];
  }[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const minutesOf = (state: ScheduledSession): SessionMinutes => {
  const { session } = state;
  return {
    sessionId: session.sessionId,
    region: session.region,
    titleCode: session.titleCode,
    ccsCode: session.ccsCode,
    date: session.date,
    kind: session.kind,
    members: (state.jury?.members ?? []).map((member) => member.memberId).sort(byText),
    decisions: [...state.decisions]
      .sort((a, b) => byText(a.candidateId, b.candidateId))
      .map((decision) => ({
        candidateId: decision.candidateId,
        decisionId: decision.decisionId,
        outcome: decision.outcome,
        ccpCodesAwarded: decision.ccpCodesAwarded,
        ccsCode: decision.ccsCode,
        rules: decision.ruleApplications.map(({ ruleId, subject, passed }) => ({ ruleId, subject, passed })),
      })),
  };
};

/** JSON with object keys sorted at every level: the same content always gives the same text. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => byText(a, b));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** SHA-256 (hex) of the minutes' canonical JSON: members approve this, so any change voids their approval. */
export const minutesHashOf = (state: ScheduledSession): string => createHash('sha256').update(canonicalJson(minutesOf(state)), 'utf8').digest('hex');
