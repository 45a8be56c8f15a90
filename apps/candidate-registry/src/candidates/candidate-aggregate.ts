import { candidateDecider, candidateEvents, CANDIDATE_STREAM_CATEGORY } from '@titrepro/domain-registry';
import { defineAggregate } from '@titrepro/service-kit';

/** The candidate streams (`candidate-<id>`): the registry's only aggregate. */
export const candidates = defineAggregate({ category: CANDIDATE_STREAM_CATEGORY, decider: candidateDecider, events: candidateEvents });
