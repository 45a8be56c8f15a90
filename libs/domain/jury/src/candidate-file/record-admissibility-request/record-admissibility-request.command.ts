import { defineCommand, calendarDateIn, DATE_RANGES, identifier, type CalendarDate, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { titleCode } from '../../shared/code-schemas';
import { consumedFactFields, type ConsumedFactData } from '../shared/input-schemas';
import { decideRecordAdmissibilityRequest } from './decide-record-admissibility-request';

export interface RecordAdmissibilityRequestData extends ConsumedFactData {
  /** The VAE pathway, when the registry's event names it; null: the open VAE pathway towards `titleCode`. */
  readonly pathwayId: string | null;
  readonly titleCode: string;
  /** The day the complete dossier de recevabilité was filed: from 2024 two months of silence after it are worth admissibility. */
  readonly requestedOn: CalendarDate;
}

/** The data of RecordAdmissibilityRequest, from a registry's VaeAdmissibilityRequested (pathwayId may be left out). */
export const recordAdmissibilityRequestDataSchema: z.ZodType<RecordAdmissibilityRequestData, unknown> = z
  .strictObject({
    ...consumedFactFields,
    pathwayId: identifier.nullable().optional(),
    titleCode,
    requestedOn: calendarDateIn(DATE_RANGES.decisionDate),
  })
  .transform((data) => ({ ...data, pathwayId: data.pathwayId ?? null }));

export const recordAdmissibilityRequestCommand = defineCommand({ type: 'RecordAdmissibilityRequest', schema: recordAdmissibilityRequestDataSchema, decide: decideRecordAdmissibilityRequest });

export const parseRecordAdmissibilityRequest = recordAdmissibilityRequestCommand.parse;

/** A VAE candidate filed a dossier de recevabilité with a regional office: VAE-ADMISSIBILITY counts the office's silence from it. */
export type RecordAdmissibilityRequest = TypedCommand<'RecordAdmissibilityRequest', RecordAdmissibilityRequestData>;
