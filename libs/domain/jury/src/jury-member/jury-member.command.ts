import type { RegisterJuryMember } from './register-jury-member/register-jury-member.command';

/** Every command a jury member's stream answers, as its parser yields it. */
export type JuryMemberCommand = RegisterJuryMember;

export type JuryMemberCommandType = JuryMemberCommand['type'];
