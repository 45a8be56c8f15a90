import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type CalendarDate, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordAdmissibility } from './decide-record-admissibility';

export interface RecordAdmissibilityData extends ConsumedFactData {
  /** The VAE pathway, when the registry's event names it; null: the open VAE pathway towards `titleCode`. */
  readonly pathwayId: string | null;
  readonly titleCode: string;
  readonly outcome: 'admissible' | 'not-admissible';
  readonly decidedOn: CalendarDate;
}

/** The data of RecordAdmissibility, from a registry's VaeAdmissibilityDecided (pathwayId may be left out). */
export const recordAdmissibilityDataSchema: z.ZodType<RecordAdmissibilityData, unknown> = z
  .strictObject({
    ...consumedFactFields,
    pathwayId: identifier.nullable().optional(),
    titleCode,
    outcome: z.enum(['admissible', 'not-admissible']),
    decidedOn: calendarDateIn(DATE_RANGES.decisionDate),
  })
  .transform((data) => ({ ...data, pathwayId: data.pathwayId ?? null }));

export const recordAdmissibilityCommand = defineCommand({ type: 'RecordAdmissibility', schema: recordAdmissibilityDataSchema, decide: decideRecordAdmissibility });

export const parseRecordAdmissibility = recordAdmissibilityCommand.parse;

/** A regional office notified a VAE candidate's admissibility: VAE-ADMISSIBILITY reads the latest. */
export type RecordAdmissibility = TypedCommand<'RecordAdmissibility', RecordAdmissibilityData>;
