import {
  ASSESSOR_STREAM_CATEGORY,
  assessorDecider,
  assessorEvents,
  EVALUATION_STREAM_CATEGORY,
  evaluationDecider,
  evaluationEvents,
} from '@titrepro/domain-evaluation';
import { defineAggregate } from '@titrepro/service-kit';

/** The assessors of this region (`assessor-<id>`): kind, specialty, titles, sealed names. */
export const assessors = defineAggregate({ category: ASSESSOR_STREAM_CATEGORY, decider: assessorDecider, events: assessorEvents });

/** One stream per candidate (`evaluation-<candidateId>`): their pathways as the registry published them, and the evidence. */
export const evaluations = defineAggregate({ category: EVALUATION_STREAM_CATEGORY, decider: evaluationDecider, events: evaluationEvents });
