/**
 * Stable rule ids (DOMAIN.md). Stored in decision events: never rename one; a regime that changes a
 * rule's content keeps its id and implements it in its own rulebook.
 */
export const RULE_IDS = [
  'PATHWAY',
  'VAE-EXPERIENCE',
  'VAE-ADMISSIBILITY',
  'EVIDENCE-CONTINUOUS',
  'EVIDENCE-VAE',
  'EVIDENCE-DATED',
  'JURY-PROFESSIONALS',
  'JURY-OUTCOME',
  'CCP-PAIR',
  'CAPITALISATION-WINDOW',
  'TITLE-BY-CAPITALISATION',
  'CCS-REQUIRES-TITLE',
  'PARCHMENT',
  'BOOKLET',
  'ISSUER',
  'CCP-TRANSITION-2016',
  'VAE-JURY',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const isRuleId = (value: unknown): value is RuleId => (RULE_IDS as readonly unknown[]).includes(value);
