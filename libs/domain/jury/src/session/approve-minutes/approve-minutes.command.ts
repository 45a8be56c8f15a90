import { defineCommand, identifier, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { sha256Hex } from '../shared/input-schemas';
import { decideApproveMinutes } from './decide-approve-minutes';

export interface ApproveMinutesData {
  readonly sessionId: string;
  /** Server field: the authenticated jury member. */
  readonly memberId: string;
  /** The hash of the minutes the member read (`minutesHashOf`): they approve exactly that text. */
  readonly minutesHash: string;
}

export const approveMinutesDataSchema: z.ZodType<ApproveMinutesData, unknown> = z.strictObject({
  sessionId: identifier,
  memberId: identifier,
  minutesHash: sha256Hex,
});

export const approveMinutesCommand = defineCommand({ type: 'ApproveMinutes', schema: approveMinutesDataSchema, decide: decideApproveMinutes });

export const parseApproveMinutes = approveMinutesCommand.parse;

/** A jury member approves (signs) the minutes of the session as they read them. */
export type ApproveMinutes = TypedCommand<'ApproveMinutes', ApproveMinutesData>;
