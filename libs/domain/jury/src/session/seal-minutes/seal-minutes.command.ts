import { defineCommand, actorSubject, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideSealMinutes } from './decide-seal-minutes';

export interface SealMinutesData {
  readonly sessionId: string;
  /** Server field: the authenticated officer of the regional office. */
  readonly officerId: string;
}

export const sealMinutesDataSchema: z.ZodType<SealMinutesData, unknown> = z.strictObject({
  sessionId: identifier,
  officerId: actorSubject,
});

export const sealMinutesCommand = defineCommand({ type: 'SealMinutes', schema: sealMinutesDataSchema, decide: decideSealMinutes });

export const parseSealMinutes = sealMinutesCommand.parse;

/** The office seals the approved minutes: the decisions become awards. */
export type SealMinutes = TypedCommand<'SealMinutes', SealMinutesData>;
