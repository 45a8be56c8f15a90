import { CANDIDATE_STREAM_CATEGORY, candidateEvents } from '@titrepro/domain-registry';
import { defineRowProjection } from '@titrepro/service-kit';
import { applyCandidateEvent } from './apply-candidate-event';
import { candidateTables } from './candidate-read-model-tables';

/** The registry's read models: candidate summaries, pathway statuses, the officers' pending list, incoming transfers. */
export const candidateReadModels = defineRowProjection({
  name: 'candidate-read-models',
  category: CANDIDATE_STREAM_CATEGORY,
  events: candidateEvents,
  tables: candidateTables,
  scope: (event) => event.data.candidateId,
  apply: (rows, event, recorded) => applyCandidateEvent(rows, event, recorded.globalPosition),
});
