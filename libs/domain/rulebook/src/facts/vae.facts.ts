import type { CalendarDate } from '@titrepro/domain-kernel';
import type { PathwayType } from '../pathway-type';

/** How the candidate worked during a period: only salarié and bénévole count under the seed. */
export const EXPERIENCE_CAPACITIES = ['employee', 'volunteer', 'self-employed', 'trainee'] as const;
export type ExperienceCapacity = (typeof EXPERIENCE_CAPACITIES)[number];

/** One period of experience, both ends inclusive. */
export interface ExperiencePeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly capacity: ExperienceCapacity;
  /** Whether the activity relates to the title sought ("en rapport avec le titre visé"). */
  readonly relatedToTitle: boolean;
}

/** VAE-EXPERIENCE: the periods declared in the dossier de recevabilité, judged on `on`. */
export interface VaeExperienceFacts {
  readonly periods: readonly ExperiencePeriod[];
  /** The decision date: experience after it is not yet a fact and does not count. */
  readonly on: CalendarDate;
}

export interface VaeExperienceDetails {
  readonly experienceMonths: number;
  readonly requiredMonths: number;
  /** Days covered by the counted periods, overlaps counted once. */
  readonly coveredDays: number;
  /** How many declared periods were counted (related to the title, as employee or volunteer). */
  readonly countedPeriods: number;
}

/** VAE-ADMISSIBILITY: may this candidate sit a validation session on `sessionDate`? */
export interface VaeAdmissibilityFacts {
  readonly pathwayType: PathwayType;
  /** The regional office's latest answer, if any. */
  readonly admissibility: { readonly outcome: 'admissible' | 'not-admissible'; readonly decidedOn: CalendarDate } | null;
  readonly sessionDate: CalendarDate;
  /** When the complete dossier de recevabilité was filed, when known: from 2024 two months of silence after it are worth admissibility. */
  readonly requestedOn?: CalendarDate | null;
}
