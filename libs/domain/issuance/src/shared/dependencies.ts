import type { Referential } from '@titrepro/domain-referential';
import type { RulebookCatalogue } from '@titrepro/domain-rulebook';

/**
 * What the documents decider reads besides its stream: the titles (a livret entry must be a CCP of
 * its title) and the rulebooks, pure data passed in so that an audit re-runs a decision against the
 * data of its time.
 */
export interface DocumentsDeciderDependencies {
  readonly referential: Pick<Referential, 'findTitle' | 'titleValidAt'>;
  readonly rulebooks: Pick<RulebookCatalogue, 'rulebookInForceAt' | 'findRulebook'>;
}
