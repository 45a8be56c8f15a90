import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { decideOpenPathway } from './decide-open-pathway';

export interface OpenPathwayData {
  readonly candidateId: string;
  /** Region of the office acting; must be the candidate's. */
  readonly actingRegion: string;
  /** Chosen by the caller; names the pathway from then on. */
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly pathwayType: PathwayType;
}

/** The data of OpenPathway as a request sends it. */
export const openPathwayDataSchema: z.ZodType<OpenPathwayData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
  titleCode: z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' }),
  pathwayType: z.enum(PATHWAY_TYPES),
});

/** Checks an opening of pathway at the edge; a refusal names the first wrong field. */
export const openPathwayCommand = defineCommand({ type: 'OpenPathway', schema: openPathwayDataSchema, decide: decideOpenPathway });

export const parseOpenPathway = openPathwayCommand.parse;

/** The candidate starts a pathway towards a title. */
export type OpenPathway = TypedCommand<'OpenPathway', OpenPathwayData>;
