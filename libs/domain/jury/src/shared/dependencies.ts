import type { Referential } from '@titrepro/domain-referential';
import type { RulebookCatalogue } from '@titrepro/domain-rulebook';

/**
 * What the jury deciders read besides their stream: the titles and the rulebooks, pure data passed
 * in so that an audit re-runs a decision against the data of its time.
 */
export interface JuryDeciderDependencies {
  readonly referential: Pick<Referential, 'findTitle' | 'titleValidAt'>;
  readonly rulebooks: Pick<RulebookCatalogue, 'rulebookInForceAt' | 'findRulebook'>;
}
