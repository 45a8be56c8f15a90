import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from './shared/decision';
import type { AssessorEvent } from './events/assessor-event-catalogue';
import type { AssessorState } from './assessor.state';
import { registerAssessorCommand } from './register-assessor/register-assessor.command';

/**
 * The commands of an assessor's stream, one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const assessorCommands = commandCatalogue<AssessorState, AssessorEvent, DecisionInput>()({
  RegisterAssessor: registerAssessorCommand,
});

export type AssessorCommand = CommandOf<typeof assessorCommands>;

export type AssessorCommandType = AssessorCommand['type'];
