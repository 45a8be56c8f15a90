import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../shared/decision';
import type { JuryMemberEvent } from './events/jury-member-event-catalogue';
import type { JuryMemberState } from './jury-member.state';
import { registerJuryMemberCommand } from './register-jury-member/register-jury-member.command';

/**
 * The commands of a jury member's stream, one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const juryMemberCommands = commandCatalogue<JuryMemberState, JuryMemberEvent, DecisionInput>()({
  RegisterJuryMember: registerJuryMemberCommand,
});

export type JuryMemberCommand = CommandOf<typeof juryMemberCommands>;

export type JuryMemberCommandType = JuryMemberCommand['type'];
