import type { Referential } from '@titrepro/domain-referential';
import type { RulebookCatalogue } from '@titrepro/domain-rulebook';

/** What the candidate decider reads besides the stream: the titles and the rulebooks, both pure data. */
export interface CandidateDeciderDependencies {
  readonly referential: Pick<Referential, 'findTitle' | 'titleValidAt'>;
  readonly rulebooks: Pick<RulebookCatalogue, 'rulebookInForceAt'>;
}
