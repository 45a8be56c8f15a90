export * from './session-stream';
export * from './session.state';
export * from './session.command';
export * from './session.decider';
export * from './session.evolve';
export * from './minutes';
export * from './session-view';
export * from './shared/outcome';
export * from './shared/session-kind';
export {
  candidateFileFactsSchema,
  juryMemberFactsSchema,
  juryMembersSchema,
  fileReferenceSchema,
  juryDecisionOutcomeSchema,
} from './shared/input-schemas';
export * from './events/session-event';
export * from './events/session-event-catalogue';
export type { AwardData } from './events/award-data';
export * from './events/validation-session-scheduled.event';
export * from './events/jury-constituted.event';
export * from './events/candidate-convened.event';
export * from './events/interview-recorded.event';
export * from './events/deliberation-recorded.event';
export * from './events/minutes-approved.event';
export * from './events/minutes-sealed.event';
export * from './events/title-awarded.event';
export * from './events/ccp-awarded.event';
export * from './events/title-not-awarded.event';
export * from './events/ccs-awarded.event';
export * from './events/decision-rectified.event';
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
