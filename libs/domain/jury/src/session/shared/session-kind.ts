import type { Explanation } from '@titrepro/domain-kernel';

/** What a validation session judges: the whole title, some CCPs (discontinuous pathway), or a CCS. */
export const SESSION_KINDS = ['title', 'ccp', 'ccs'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, Explanation>> = {
  title: { fr: 'titre', en: 'title' },
  ccp: { fr: 'CCP', en: 'CCP' },
  ccs: { fr: 'CCS', en: 'CCS' },
};
