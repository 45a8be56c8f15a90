import type { CalendarDate } from '@titrepro/domain-kernel';

interface CcsCommonFacts {
  readonly ccsCode: string;
  /** The title the CCS belongs to. */
  readonly titleCode: string;
  readonly titlesHeld: readonly { readonly titleCode: string; readonly awardedOn: CalendarDate }[];
  readonly on: CalendarDate;
}

/** CCS-REQUIRES-TITLE, when the candidate starts preparing the CCS, or when the jury awards it. */
export type CcsFacts =
  | (CcsCommonFacts & { readonly stage: 'preparation' })
  | (CcsCommonFacts & { readonly stage: 'award'; readonly practicalAssessment: boolean; readonly juryInterview: boolean });
