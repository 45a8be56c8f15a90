import type { ObtainedCcp } from '@titrepro/domain-rulebook';
import type { HeldCcp } from '../../shared/candidate-file-facts';

/** The CCPs of a title the candidate holds, as CAPITALISATION-WINDOW and TITLE-BY-CAPITALISATION read them. */
export const ccpsObtainedTowards = (file: { readonly ccpsHeld: readonly HeldCcp[] }, titleCode: string): ObtainedCcp[] =>
  file.ccpsHeld.filter((held) => held.titleCode === titleCode).map(({ ccpCode, obtainedOn }) => ({ ccpCode, obtainedOn }));
