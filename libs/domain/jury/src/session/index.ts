export * from './session-stream';
export * from './session.state';
export * from './session.command';
export * from './session.decider';
export * from './session.evolve';
export * from './minutes';
export * from './shared/outcome';
export * from './shared/session-kind';
export {
  candidateFileFactsSchema,
  juryMemberFactsSchema,
  juryMembersSchema,
  fileReferenceSchema,
  juryDecisionOutcomeSchema,
} from './shared/input-schemas';
export * from './events/session-event-catalogue';
export type { AwardData } from './events/award-data';
export * from './schedule-validation-session/schedule-validation-session.command';
export * from './constitute-jury/constitute-jury.command';
export * from './convene-candidate/convene-candidate.command';
export * from './record-interview/record-interview.command';
export * from './record-deliberation/record-deliberation.command';
export * from './approve-minutes/approve-minutes.command';
export * from './seal-minutes/seal-minutes.command';
export * from './rectify-decision/rectify-decision.command';
// The audit re-derives a decision's rules from the cited file and session, as the decider judged them.
export { judgeOutcome, type OutcomeToJudge, type JudgedOutcome } from './shared/judge-outcome';
