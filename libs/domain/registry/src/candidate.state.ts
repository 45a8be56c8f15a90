import type { CalendarDate } from '@titrepro/domain-kernel';
import type { ExperiencePeriod, PathwayType } from '@titrepro/domain-rulebook';
import type { VaeAdmissibilityOutcome } from './events/vae-admissibility-decided.event';

/** Where a VAE pathway stands with its dossier de recevabilité. */
export type VaeAdmissibilityState =
  | { readonly status: 'not-requested' }
  | { readonly status: 'requested'; readonly requestedOn: CalendarDate; readonly periods: readonly ExperiencePeriod[] }
  | {
      readonly status: 'decided';
      readonly requestedOn: CalendarDate;
      readonly periods: readonly ExperiencePeriod[];
      readonly outcome: VaeAdmissibilityOutcome;
      readonly decidedOn: CalendarDate;
      readonly experienceMonths: number;
    };

export interface PathwayState {
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly type: PathwayType;
  readonly status: 'open' | 'withdrawn';
  readonly openedOn: CalendarDate;
  readonly withdrawnOn: CalendarDate | null;
  readonly vaeAdmissibility: VaeAdmissibilityState;
}

interface KnownCandidate {
  readonly candidateId: string;
  /** The region whose office acts for the candidate now. */
  readonly region: string;
  readonly registeredOn: CalendarDate;
  /** In the order they were opened. */
  readonly pathways: readonly PathwayState[];
}

/** A candidate stream folded. Personal data is not kept here: decisions never need it. */
export type CandidateState =
  | { readonly status: 'unregistered' }
  | (KnownCandidate & { readonly status: 'registered' })
  | (KnownCandidate & { readonly status: 'erased'; readonly erasedOn: CalendarDate });

export const initialCandidateState = (): CandidateState => ({ status: 'unregistered' });
