import type { RegisterAssessor } from './register-assessor/register-assessor.command';

/** Every command an assessor stream answers, as its parser yields it. */
export type AssessorCommand = RegisterAssessor;

export type AssessorCommandType = AssessorCommand['type'];
