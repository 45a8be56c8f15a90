import type { PathwayType } from '@titrepro/domain-rulebook';
import { PATHWAY_TYPES } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { identifier, regionCode } from '../shared/input-schemas';

export interface OpenPathwayData {
  readonly candidateId: string;
  /** Region of the office acting; must be the candidate's. */
  readonly actingRegion: string;
  /** Chosen by the caller; names the pathway from then on. */
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly pathwayType: PathwayType;
}

/** The candidate starts a pathway towards a title. */
export interface OpenPathway {
  readonly type: 'OpenPathway';
  readonly data: OpenPathwayData;
}

export const openPathwayDataSchema: z.ZodType<OpenPathwayData> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  pathwayId: identifier,
  titleCode: z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' }),
  pathwayType: z.enum(PATHWAY_TYPES),
});
