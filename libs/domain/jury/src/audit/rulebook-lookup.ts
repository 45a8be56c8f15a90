import type { RulebookCatalogue } from '@titrepro/domain-rulebook';

/** What an audit needs of the rulebooks: each by the id a decision recorded. */
export type RuleCatalogueLookup = Pick<RulebookCatalogue, 'findRulebook'>;
