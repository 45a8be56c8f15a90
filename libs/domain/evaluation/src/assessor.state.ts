import type { AssessorFacts } from './shared/assessor-facts';

/** An assessor stream folded: the facts candidates' streams are decided on; the name is not kept. */
export type AssessorState = { readonly status: 'unregistered' } | { readonly status: 'registered'; readonly facts: AssessorFacts };

export const initialAssessorState = (): AssessorState => ({ status: 'unregistered' });
