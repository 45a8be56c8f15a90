import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateFileFacts } from '../../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';
import { candidateFileFactsSchema, juryMembersSchema } from '../shared/input-schemas';
import { decideConstituteJury } from './decide-constitute-jury';

export interface ConstituteJuryData {
  readonly sessionId: string;
  /** Server field: the members chosen, as the app read them from their streams (one to seven). */
  readonly members: readonly JuryMemberFacts[];
  /** The member designated president (D. 6412-6 for VAE juries); absent or null: the first member named. */
  readonly presidentId?: string | null;
  /** Server field: the files of the candidates convened so far, to check no member trained one. */
  readonly candidates: readonly CandidateFileFacts[];
}

export const constituteJuryDataSchema: z.ZodType<ConstituteJuryData, unknown> = z.strictObject({
  sessionId: identifier,
  members: juryMembersSchema,
  presidentId: identifier.nullable().optional(),
  candidates: z.array(candidateFileFactsSchema).max(500),
});

export const constituteJuryCommand = defineCommand({ type: 'ConstituteJury', schema: constituteJuryDataSchema, decide: decideConstituteJury });

export const parseConstituteJury = constituteJuryCommand.parse;

/** The office names the jury of a session (again, until the first deliberation). */
export type ConstituteJury = TypedCommand<'ConstituteJury', ConstituteJuryData>;
