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

/** A transfer the home region offered and the receiving region has not answered yet. */
export interface OutgoingTransfer {
  readonly toRegion: string;
  readonly requestedOn: CalendarDate;
}

/** The candidate's sign-ins with the candidates' provider: the active link code and the linked subjects' digests. */
export interface SignInLinkState {
  readonly code: { readonly digest: string; readonly expiresAt: string; readonly used: boolean } | null;
  readonly subjectDigests: readonly string[];
}

export interface KnownCandidate {
  readonly candidateId: string;
  /** The home region: the one whose office acts for the candidate now. */
  readonly region: string;
  readonly registeredOn: CalendarDate;
  /** In the order they were opened. */
  readonly pathways: readonly PathwayState[];
  /** While set, the file stays here and this region still acts; only the receiving region answers it. */
  readonly outgoingTransfer: OutgoingTransfer | null;
  /** Absent until a link code is first issued. */
  readonly signInLink?: SignInLinkState;
}

/** A file another region offered to this stream's region, known by its ids only until it is received. */
export interface IncomingFile {
  readonly candidateId: string;
  readonly fromRegion: string;
  /** The receiving region (this stream's). */
  readonly toRegion: string;
  readonly requestedOn: CalendarDate;
}

/**
 * A candidate stream folded. Personal data is not kept here: decisions never need it.
 *
 * Across regions the same candidate id has a stream in each registry that held the file: the home
 * region's is `registered`; a region that handed the file over keeps `handed-over`; a receiving
 * region goes `incoming` → `receiving` (accepted, identity on its way) → `registered`, or
 * `incoming-refused`.
 */
export type CandidateState =
  | { readonly status: 'unregistered' }
  | (KnownCandidate & { readonly status: 'registered' })
  | (KnownCandidate & { readonly status: 'handed-over'; readonly handedOverOn: CalendarDate })
  | (KnownCandidate & { readonly status: 'erased'; readonly erasedOn: CalendarDate })
  | (IncomingFile & { readonly status: 'incoming' })
  | (IncomingFile & { readonly status: 'receiving'; readonly acceptedOn: CalendarDate })
  | (IncomingFile & { readonly status: 'incoming-refused'; readonly refusedOn: CalendarDate });

export const initialCandidateState = (): CandidateState => ({ status: 'unregistered' });
