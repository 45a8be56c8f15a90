/** The four services; each publishes its integration events on its own topic. */
export const BOUNDED_CONTEXTS = ['registry', 'evaluation', 'jury', 'issuance'] as const;
export type BoundedContext = (typeof BOUNDED_CONTEXTS)[number];
