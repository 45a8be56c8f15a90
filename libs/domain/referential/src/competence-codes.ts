import type { Ccp, Ccs } from './title';

/** One compétence of a CCP or CCS with its stable code. */
export interface CodedCompetence {
  /** `<certificate code>-C<rank>`, e.g. `CCP2-C3`: the rank is the compétence's place in the référentiel version. */
  readonly code: string;
  /** Verbatim from the référentiel: what a practical assessment's result must repeat. */
  readonly label: string;
}

/**
 * The compétences of a certificate with their codes. The code is derived, not stored, so that a data
 * file stays a verbatim copy of the référentiel; it is stable for a référentiel version (its order is
 * the référentiel's), and a new version that reorders compétences is a new version of the codes too.
 */
export const codedCompetences = (certificate: Ccp | Ccs): readonly CodedCompetence[] =>
  certificate.competences.map((label, index) => ({ code: `${certificate.code}-C${index + 1}`, label }));
