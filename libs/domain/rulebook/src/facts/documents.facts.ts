import type { CalendarDate } from '@titrepro/domain-kernel';

/** PARCHMENT: what a parchemin would certify. */
export interface ParchmentFacts {
  readonly certifies: 'title' | 'ccs' | 'ccp';
  /** When the jury awarded it; null when not awarded. */
  readonly awardedOn: CalendarDate | null;
  readonly on: CalendarDate;
}

/** BOOKLET: one CCP to record in the livret de certification. */
export interface BookletEntryFacts {
  readonly titleCcpCodes: readonly string[];
  readonly entry: {
    readonly ccpCode: string;
    readonly obtainedOn: CalendarDate;
    readonly sessionId: string;
    readonly region: string;
  };
  /** CCPs already in the livret. */
  readonly recordedCcpCodes: readonly string[];
  readonly on: CalendarDate;
}

export const ISSUER_KINDS = ['regional-office', 'training-organisation', 'jury', 'assessor'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];

/** ISSUER: who delivers a parchemin or a livret. */
export interface IssuerFacts {
  readonly document: 'parchment' | 'booklet';
  readonly issuer: { readonly kind: IssuerKind; readonly region: string };
}
