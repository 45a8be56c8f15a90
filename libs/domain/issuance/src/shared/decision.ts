import type { DecisionInput as DecisionInputOf } from '@titrepro/domain-kernel';
import type { DocumentsDeciderDependencies } from './dependencies';

/** What every use case decides with (the kernel's one DecisionInput): the decision day `on`, the instant `now`, and the data it reads. */
export type DecisionInput = DecisionInputOf<DocumentsDeciderDependencies>;
