import { commandParser, identifier, regionCode, type ParsedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';

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

export const parseCloseCapitalisationWindow = commandParser('CloseCapitalisationWindow', closeCapitalisationWindowDataSchema);

/** Announces that the five years to complete a title ran out, if they did. */
export type CloseCapitalisationWindow = ParsedCommand<typeof parseCloseCapitalisationWindow>;
