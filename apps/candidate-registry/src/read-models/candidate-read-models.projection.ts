import { CANDIDATE_STREAM_CATEGORY, candidateEvents } from '@titrepro/domain-registry';
import { defineProjection } from '@titrepro/service-kit';
import { applyCandidateEvent } from './apply-candidate-event';

/** The registry's read models: candidate summaries, pathway statuses, the officers' pending list. */
export const candidateReadModels = defineProjection({
  name: 'candidate-read-models',
  category: CANDIDATE_STREAM_CATEGORY,
  events: candidateEvents,
  tables: ['candidate_summary', 'pathway_status', 'pending_admissibility'],
  apply: (manager, event, recorded) => applyCandidateEvent(manager, event, recorded.globalPosition),
});
