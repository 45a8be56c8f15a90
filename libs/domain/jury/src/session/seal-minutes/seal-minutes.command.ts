import { actorSubject, commandParser, identifier, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';

export interface SealMinutesData {
  readonly sessionId: string;
  /** Server field: the authenticated officer of the regional office. */
  readonly officerId: string;
}

export const sealMinutesDataSchema: z.ZodType<SealMinutesData, unknown> = z.strictObject({
  sessionId: identifier,
  officerId: actorSubject,
});

export const parseSealMinutes = commandParser('SealMinutes', sealMinutesDataSchema);

/** The office seals the approved minutes: the decisions become awards. */
export type SealMinutes = ParsedCommand<typeof parseSealMinutes>;
