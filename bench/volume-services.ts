/** The four stores of a region, in the order the volume suites report them (apart, so that rendering a report loads no decider). */
export const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'] as const;
