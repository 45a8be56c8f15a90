import type { CalendarDate } from '@titrepro/domain-kernel';
import { defineCommand, calendarDate, calendarDateIn, DATE_RANGES, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { FileSource, ReceivedHistoryEntry } from '../events/candidate-file-received.event';
import type { CandidateContact } from '../events/candidate-registered.event';
import { pathwayStateSchema } from '../events/pathway-state.schema';
import type { PathwayState } from '../candidate.state';
import { decideReceiveCandidateFile } from './decide-receive-candidate-file';

/** What the sending region hands over: identity, pathways, and its stream as auditors read it. */
export interface CandidateFile {
  readonly candidateId: string;
  readonly fromRegion: string;
  readonly registeredOn: CalendarDate;
  readonly familyName: string;
  readonly givenNames: readonly string[];
  readonly birthDate: CalendarDate;
  readonly contact: CandidateContact;
  readonly pathways: readonly PathwayState[];
  readonly source: FileSource;
  readonly sourceHistory: readonly ReceivedHistoryEntry[];
}

export interface ReceiveCandidateFileData extends CandidateFile {
  /** The receiving region, which becomes the home region. */
  readonly actingRegion: string;
}

const text = z.string().min(1).max(500);

/** A handed-over file as the sending region's registry serves it (region to region). */
export const candidateFileSchema: z.ZodType<CandidateFile, unknown> = z.strictObject({
  candidateId: identifier,
  fromRegion: regionCode,
  registeredOn: calendarDate,
  familyName: text,
  givenNames: z.array(text).min(1),
  birthDate: calendarDateIn(DATE_RANGES.birthDate),
  contact: z.strictObject({ email: text.optional(), phone: text.optional(), postalAddress: text.optional() }),
  pathways: z.array(pathwayStateSchema),
  source: z.strictObject({ region: regionCode, streamId: z.string().min(1), revision: z.number().int().nonnegative(), hash: z.string().min(1) }),
  sourceHistory: z.array(
    z.strictObject({
      revision: z.number().int().nonnegative(),
      type: z.string().min(1),
      occurredAt: z.iso.datetime(),
      recordedAt: z.iso.datetime(),
      actorRole: z.string().min(1),
      rulebookId: z.string().min(1).nullable(),
      ruleIds: z.array(z.string().min(1)),
      region: regionCode,
      summary: z.strictObject({ fr: z.string(), en: z.string() }),
      hash: z.string().min(1),
    }),
  ),
});

export const receiveCandidateFileDataSchema: z.ZodType<ReceiveCandidateFileData, unknown> = z.intersection(
  candidateFileSchema,
  z.object({ actingRegion: regionCode }),
);

export const receiveCandidateFileCommand = defineCommand({ type: 'ReceiveCandidateFile', schema: receiveCandidateFileDataSchema, decide: decideReceiveCandidateFile });

export const parseReceiveCandidateFile = receiveCandidateFileCommand.parse;

/** The accepted file arrives from the sending region: this region becomes the home region. */
export type ReceiveCandidateFile = TypedCommand<'ReceiveCandidateFile', ReceiveCandidateFileData>;
