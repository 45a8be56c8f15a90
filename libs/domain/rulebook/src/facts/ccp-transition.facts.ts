import type { CalendarDate } from '@titrepro/domain-kernel';
import type { ObtainedCcp } from './capitalisation.facts';

/** CCP-TRANSITION-2016: which CCPs obtained under the arrêté of 2006 still count on `on`. */
export interface CcpTransitionFacts {
  readonly ccpsObtained: readonly ObtainedCcp[];
  readonly on: CalendarDate;
}

export interface CcpTransitionDetails {
  /** CCPs obtained before the reform whose five-year window was still open on its first day: acquired for the life of the title. */
  readonly carriedOver: readonly string[];
  /** CCPs obtained before the reform whose window had closed before it: they stay lapsed. */
  readonly lapsed: readonly string[];
}
