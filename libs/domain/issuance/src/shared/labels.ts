import type { Explanation } from '@titrepro/domain-kernel';
import type { Achievement, DocumentKind, RevokedBy } from '../documents.state';

// How descriptions name the domain's things: from codes and ids only.

export const achievementLabel = ({ kind, titleCode, ccsCode }: Achievement): Explanation =>
  kind === 'title' ? { fr: `titre ${titleCode}`, en: `title ${titleCode}` } : { fr: `CCS ${ccsCode ?? '?'} du titre ${titleCode}`, en: `CCS ${ccsCode ?? '?'} of title ${titleCode}` };

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Explanation>> = {
  parchment: { fr: 'Parchemin', en: 'Parchemin' },
  booklet: { fr: 'Livret de certification', en: 'Livret de certification' },
};

export const revokedByLabel = (by: RevokedBy): Explanation =>
  by.kind === 'rectification'
    ? { fr: `sur rectification ${by.rectificationId} de la décision (région ${by.region})`, en: `on rectification ${by.rectificationId} of the decision (region ${by.region})` }
    : { fr: `par l'agent ${by.officerId} de la région ${by.region}`, en: `by officer ${by.officerId} of region ${by.region}` };

export const entriesLabel = (entries: readonly { readonly ccpCode: string; readonly region: string }[]): string =>
  entries.length === 0 ? '-' : entries.map((entry) => `${entry.ccpCode} (${entry.region})`).join(', ');

/** What an award held from another region brings: its CCS, or the CCPs now held. */
export const heldAwardLabel = (ccpCodes: readonly string[], ccsCode: string | null): Explanation => {
  if (ccsCode !== null) return { fr: `CCS ${ccsCode} attribué, aucun CCP`, en: `CCS ${ccsCode} awarded, no CCP` };
  return ccpCodes.length === 0 ? { fr: 'aucun CCP', en: 'no CCP' } : { fr: `CCP détenus : ${ccpCodes.join(', ')}`, en: `CCPs held: ${ccpCodes.join(', ')}` };
};
