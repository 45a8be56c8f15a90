import type { CalendarDate } from '@titrepro/domain-kernel';
import type { PathwayType } from '../pathway-type';

export interface ObtainedCcp {
  readonly ccpCode: string;
  readonly obtainedOn: CalendarDate;
}

/** CAPITALISATION-WINDOW: may a CCP obtained on `on` still count towards the title? */
export interface CapitalisationWindowFacts {
  /** CCPs of this title the candidate obtained before. */
  readonly ccpsObtained: readonly ObtainedCcp[];
  readonly on: CalendarDate;
  /**
   * Last day the title's référentiel is in force (null: open-ended). Read from 2016, when CCPs count
   * as long as the title exists; absent, the title is taken as in force on `on`.
   */
  readonly titleValidTo?: CalendarDate | null;
}

export interface CapitalisationWindowDetails {
  /** Null when no CCP was obtained before: `on` opens the window. */
  readonly windowStart: CalendarDate | null;
  /** Last day (inclusive) a CCP may be obtained; from 2016, the title's last day (null while it is open-ended). */
  readonly windowEnd: CalendarDate | null;
}

/** TITLE-BY-CAPITALISATION: may the jury award the title on `on` from the CCPs held? */
export interface TitleByCapitalisationFacts {
  readonly pathwayType: PathwayType;
  readonly titleCcpCodes: readonly string[];
  readonly ccpsObtained: readonly ObtainedCcp[];
  readonly juryInterviewHeld: boolean;
  readonly on: CalendarDate;
  /** As in CAPITALISATION-WINDOW. */
  readonly titleValidTo?: CalendarDate | null;
}

export interface TitleByCapitalisationDetails {
  /** Title CCPs not obtained within the window (by `on`). */
  readonly missingCcpCodes: readonly string[];
  readonly windowEnd: CalendarDate | null;
}
