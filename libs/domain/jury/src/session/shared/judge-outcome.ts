import { type AppliedRule, type RuleApplication, applyRule } from '@titrepro/domain-rulebook';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { fail, invalidInput, ok } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { Convocation, ScheduledSessionFacts } from '../session.state';
import { allPassed } from './first-failure';
import { heldCcpsOf, obtainedCcpsOf, titlesHeldOf } from './held';
import type { JuryDecisionOutcome, JuryDecisionOutcomeKind } from '@titrepro/domain-rulebook';
import type { SessionKind } from './session-kind';

/** The outcomes a jury may give in each kind of session. */
const OUTCOMES_BY_SESSION_KIND: Readonly<Record<SessionKind, readonly JuryDecisionOutcomeKind[]>> = {
  title: ['title-awarded', 'title-not-awarded', 'absent', 'excused'],
  ccp: ['title-not-awarded', 'absent', 'excused'],
  ccs: ['ccs-awarded', 'ccs-refused', 'absent', 'excused'],
};

export interface OutcomeToJudge {
  readonly rulebook: Rulebook;
  readonly session: ScheduledSessionFacts;
  readonly title: Title;
  readonly convocation: Convocation;
  readonly outcome: JuryDecisionOutcome;
  readonly file: CandidateFileFacts;
  readonly interviewHeld: boolean;
  /** The decision being rectified: what it awarded is left out of the file. Null for a deliberation. */
  readonly rectifiedDecisionId: string | null;
}

export interface JudgedOutcome {
  readonly ccpCodesAwarded: readonly string[];
  readonly ccsCode: string | null;
  readonly ruleApplications: readonly RuleApplication[];
}

const checkAwardableCcps = ({ session, convocation, outcome, file, rectifiedDecisionId }: OutcomeToJudge): Result<null, DomainError> => {
  if (outcome.kind !== 'title-not-awarded') return ok(null);
  const field = 'outcome.ccpCodesAwarded';
  if (session.kind === 'ccp') {
    const notJudged = outcome.ccpCodesAwarded.filter((code) => !convocation.ccpCodes.includes(code));
    if (notJudged.length > 0) return fail(invalidInput(field, `${notJudged.join(', ')} not judged in this session (judged: ${convocation.ccpCodes.join(', ')})`));
  }
  const held = heldCcpsOf(file, session.titleCode, rectifiedDecisionId);
  const again = outcome.ccpCodesAwarded.flatMap((code) => held.filter((ccp) => ccp.ccpCode === code));
  const [first] = again;
  return first ? fail(invalidInput(field, `${first.ccpCode} is already held (obtained on ${first.obtainedOn}, session ${first.sessionId}): it may not be awarded again`)) : ok(null);
};

/** The rules an outcome answers to, all as of the session date. */
const rulesFor = ({ rulebook, session, title, convocation, outcome, file, interviewHeld, rectifiedDecisionId }: OutcomeToJudge): AppliedRule[] => {
  const on = session.date;
  const titleCcpCodes = title.ccps.map((ccp) => ccp.code);
  const ccpsObtained = obtainedCcpsOf(file, session.titleCode, rectifiedDecisionId);
  switch (outcome.kind) {
    case 'title-awarded':
      return [
        applyRule(rulebook, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-awarded' } }),
        ...(convocation.pathwayType === 'discontinuous-training'
          ? [applyRule(rulebook, 'TITLE-BY-CAPITALISATION', { pathwayType: convocation.pathwayType, titleCcpCodes, ccpsObtained, juryInterviewHeld: interviewHeld, on })]
          : []),
      ];
    case 'title-not-awarded':
      return [
        applyRule(rulebook, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [...outcome.ccpCodesAwarded] } }),
        ...(outcome.ccpCodesAwarded.length > 0 ? [applyRule(rulebook, 'CAPITALISATION-WINDOW', { ccpsObtained, on })] : []),
      ];
    case 'ccs-awarded': {
      const ccsCode = session.ccsCode ?? '';
      const practicalAssessment = file.evidenceRecords.some((record) => record.kind === 'practical-assessment' && record.ccsCode === ccsCode);
      return [
        applyRule(rulebook, 'CCS-REQUIRES-TITLE', {
          stage: 'award',
          ccsCode,
          titleCode: session.titleCode,
          titlesHeld: titlesHeldOf(file, rectifiedDecisionId),
          on,
          practicalAssessment,
          juryInterview: interviewHeld,
        }),
      ];
    }
    case 'ccs-refused':
    case 'absent':
    case 'excused':
      // Nothing is awarded: no rule decides a refusal or an absence.
      return [];
    default: {
      const unexpected: never = outcome;
      throw new Error(`unknown outcome ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * Checks an outcome the jury gives (deliberation or rectification): allowed in this kind of
 * session, awarding only CCPs judged and not yet held, and passing every rule it answers to.
 */
export const judgeOutcome = (toJudge: OutcomeToJudge): Result<JudgedOutcome, DomainError> => {
  const { session, title, outcome } = toJudge;
  const allowed = OUTCOMES_BY_SESSION_KIND[session.kind];
  if (!allowed.includes(outcome.kind)) return fail(invalidInput('outcome.kind', `must be one of ${allowed.join(', ')} in a ${session.kind} session`));
  const awardable = checkAwardableCcps(toJudge);
  if (!awardable.ok) return awardable;
  const applications = allPassed(rulesFor(toJudge));
  if (!applications.ok) return applications;
  return ok({
    ccpCodesAwarded: outcome.kind === 'title-awarded' ? title.ccps.map((ccp) => ccp.code) : outcome.kind === 'title-not-awarded' ? outcome.ccpCodesAwarded : [],
    ccsCode: outcome.kind === 'ccs-awarded' ? session.ccsCode : null,
    ruleApplications: applications.value,
  });
};
