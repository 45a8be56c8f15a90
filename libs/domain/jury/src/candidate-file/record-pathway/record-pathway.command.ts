import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordPathway } from './decide-record-pathway';

export interface RecordPathwayData extends ConsumedFactData {
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly pathwayType: PathwayType;
  /** The region whose registry opened it. */
  readonly region: string;
}

/** The data of RecordPathway, from a registry's PathwayOpened. */
export const recordPathwayDataSchema: z.ZodType<RecordPathwayData, unknown> = z.strictObject({
  ...consumedFactFields,
  pathwayId: identifier,
  titleCode,
  pathwayType: z.enum(PATHWAY_TYPES),
  region: regionCode,
});

export const recordPathwayCommand = defineCommand({ type: 'RecordPathway', schema: recordPathwayDataSchema, decide: decideRecordPathway });

export const parseRecordPathway = recordPathwayCommand.parse;

/** A registry opened a pathway: the jury may convene the candidate towards its title. */
export type RecordPathway = TypedCommand<'RecordPathway', RecordPathwayData>;
