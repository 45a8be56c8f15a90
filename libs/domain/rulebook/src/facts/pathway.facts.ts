import type { PathwayType } from '../pathway-type';

/** PATHWAY: the pathway asked for, and the candidate's pathways still open at the decision date. */
export interface PathwayFacts {
  readonly titleCode: string;
  readonly requestedType: PathwayType;
  /** Every open pathway of the candidate, whatever its title. */
  readonly openPathways: readonly { readonly pathwayId: string; readonly titleCode: string; readonly type: PathwayType }[];
}
