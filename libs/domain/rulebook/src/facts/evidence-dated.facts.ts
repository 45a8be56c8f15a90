import type { CalendarDate } from '@titrepro/domain-kernel';

/** One piece of evidence on the jury's table (as the evaluation names it) and the dates of what backs it. */
export interface DatedEvidencePiece {
  /** The evaluation's stable key: `dspp:CCP2`, `ecf:CCP1`, `practical-assessment:title-synthesis`… */
  readonly key: string;
  readonly fr: string;
  readonly en: string;
  /** The dates of the records that back it (an ECF's evaluation day, a DSPP's submission day…); empty when none is known. */
  readonly datedOn: readonly CalendarDate[];
}

/** EVIDENCE-DATED: the session's date and the evidence the evaluation counts as present. */
export interface EvidenceDatedFacts {
  readonly sessionDate: CalendarDate;
  readonly pieces: readonly DatedEvidencePiece[];
}

export interface EvidenceDatedDetails {
  /** Keys of the pieces whose every record is dated after the session: they do not count for it. */
  readonly afterSession: readonly string[];
}
