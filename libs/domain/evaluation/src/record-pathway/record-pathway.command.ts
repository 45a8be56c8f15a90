import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { titleCode } from '../shared/input-schemas';
import { decideRecordPathway } from './decide-record-pathway';

export interface RecordPathwayData {
  readonly candidateId: string;
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly pathwayType: PathwayType;
  /** The candidate's home region when the registry opened the pathway (the event's source). */
  readonly region: string;
}

/** The data of RecordPathway, as the registry's PathwayOpened gives it. */
export const recordPathwayDataSchema: z.ZodType<RecordPathwayData, unknown> = z.strictObject({
  candidateId: identifier,
  pathwayId: identifier,
  titleCode,
  pathwayType: z.enum(PATHWAY_TYPES),
  region: regionCode,
});

export const recordPathwayCommand = defineCommand({ type: 'RecordPathway', schema: recordPathwayDataSchema, decide: decideRecordPathway });

export const parseRecordPathway = recordPathwayCommand.parse;

/** The registry opened a pathway: its evaluation starts here. */
export type RecordPathway = TypedCommand<'RecordPathway', RecordPathwayData>;
