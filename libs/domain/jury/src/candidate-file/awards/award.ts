import type { CalendarDate, Explanation } from '@titrepro/domain-kernel';

/** What a sealed jury decision awarded: the title (with its CCPs), some CCPs, or a CCS. */
export type Award =
  | { readonly kind: 'title'; readonly ccpCodes: readonly string[] }
  | { readonly kind: 'ccps'; readonly ccpCodes: readonly string[] }
  | { readonly kind: 'ccs'; readonly ccsCode: string };

/** A rectification may also take an award back entirely. */
export type RectifiedAward = Award | { readonly kind: 'none' };

/** A decision's award as the file records it. */
export interface AwardFacts {
  readonly decisionId: string;
  readonly sessionId: string;
  /** The region whose jury decided. */
  readonly region: string;
  readonly titleCode: string;
  readonly award: RectifiedAward;
  /** The day of the decision (the session date). */
  readonly awardedOn: CalendarDate;
}

/** How descriptions name an award: `title TP-00495 (CCP1, CCP2, CCP3)`, `CCP2 of title TP-00495`. */
export const awardLabel = (titleCode: string, award: RectifiedAward): Explanation => {
  switch (award.kind) {
    case 'title':
      return { fr: `titre ${titleCode} (${award.ccpCodes.join(', ')})`, en: `title ${titleCode} (${award.ccpCodes.join(', ')})` };
    case 'ccps':
      return { fr: `${award.ccpCodes.join(', ')} du titre ${titleCode}`, en: `${award.ccpCodes.join(', ')} of title ${titleCode}` };
    case 'ccs':
      return { fr: `CCS ${award.ccsCode} du titre ${titleCode}`, en: `CCS ${award.ccsCode} of title ${titleCode}` };
    case 'none':
      return { fr: `aucune certification du titre ${titleCode}`, en: `no certification of title ${titleCode}` };
    default: {
      const unexpected: never = award;
      throw new Error(`unknown award ${JSON.stringify(unexpected)}`);
    }
  }
};
