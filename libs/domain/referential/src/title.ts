import type { CalendarDate } from '@titrepro/domain-kernel';

/** A job in the ROME nomenclature (Pôle emploi's répertoire des métiers) the title leads to. */
export interface RomeJob {
  readonly code: string;
  readonly label: string;
}

/** A certificat de compétences professionnelles: one activité type of a title, with its compétences. */
export interface Ccp {
  /** Unique within its title (e.g. `CCP1`); a CCP is named by its title's code and this code. */
  readonly code: string;
  /** Verbatim from the référentiel. */
  readonly label: string;
  /** Verbatim from the référentiel, in its order. */
  readonly competences: readonly string[];
}

/** A certificat complémentaire de spécialisation: an add-on for holders of the title. */
export interface Ccs {
  readonly code: string;
  readonly label: string;
  readonly competences: readonly string[];
}

/**
 * One version of a title's référentiel. A title code may have several versions with disjoint
 * validity; decisions use the version valid at their date.
 */
export interface Title {
  /** Ministry code, e.g. `TP-00495`. */
  readonly code: string;
  /** Usual short name, e.g. `TSGERI`. */
  readonly acronym: string;
  readonly label: string;
  /** Qualification level as the référentiel states it (`III` in the 1969 nomenclature). */
  readonly level: string;
  /** Nomenclature des spécialités de formation, e.g. `326 u`. */
  readonly nsf: string;
  readonly rome: readonly RomeJob[];
  /** Version of this référentiel, from 1. */
  readonly version: number;
  readonly validFrom: CalendarDate;
  /** Inclusive; null while the title is still in force. */
  readonly validTo: CalendarDate | null;
  readonly legalBasis: readonly string[];
  readonly ccps: readonly Ccp[];
  readonly ccss: readonly Ccs[];
}
