import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { decideCloseCapitalisationWindow } from './decide-close-capitalisation-window';

export interface CloseCapitalisationWindowData {
  readonly candidateId: string;
  readonly titleCode: string;
  /** Server field: the region of the deployment issuing it; only the file's home region announces a closure. */
  readonly deploymentRegion: string;
}

/** The data of CloseCapitalisationWindow. No source event: the app issues it after each award and from an hourly sweep. */
export const closeCapitalisationWindowDataSchema: z.ZodType<CloseCapitalisationWindowData, unknown> = z.strictObject({
  candidateId: identifier,
  titleCode,
  deploymentRegion: regionCode,
});

export const closeCapitalisationWindowCommand = defineCommand({ type: 'CloseCapitalisationWindow', schema: closeCapitalisationWindowDataSchema, decide: decideCloseCapitalisationWindow });

export const parseCloseCapitalisationWindow = closeCapitalisationWindowCommand.parse;

/** Announces that the five years to complete a title ran out, if they did. */
export type CloseCapitalisationWindow = TypedCommand<'CloseCapitalisationWindow', CloseCapitalisationWindowData>;
