import type { Referential } from '@titrepro/domain-referential';
import type { RulebookCatalogue } from '@titrepro/domain-rulebook';

/**
 * What the evaluation deciders read besides their stream: the titles and the rulebooks, both pure
 * data, passed in so that an audit re-runs a decision against the data of its time.
 */
export interface EvaluationDeciderDependencies {
  readonly referential: Pick<Referential, 'findTitle' | 'titleValidAt'>;
  readonly rulebooks: Pick<RulebookCatalogue, 'rulebookInForceAt'>;
}
