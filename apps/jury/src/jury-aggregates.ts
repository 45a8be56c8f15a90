import {
  candidateFileDecider,
  candidateFileEvents,
  JURY_CANDIDATE_STREAM_CATEGORY,
  JURY_MEMBER_STREAM_CATEGORY,
  JURY_SESSION_STREAM_CATEGORY,
  juryMemberDecider,
  juryMemberEvents,
  sessionDecider,
  sessionEvents,
} from '@titrepro/domain-jury';
import { defineAggregate } from '@titrepro/service-kit';

/** The professionals this region's office habilitated to sit on juries (`jurymember-<id>`), names sealed. */
export const juryMembers = defineAggregate({ category: JURY_MEMBER_STREAM_CATEGORY, decider: juryMemberDecider, events: juryMemberEvents });

/** One stream per validation session (`jurysession-<id>`): jury, convocations, interviews, deliberations, minutes. */
export const sessions = defineAggregate({ category: JURY_SESSION_STREAM_CATEGORY, decider: sessionDecider, events: sessionEvents });

/**
 * The jury's file of each candidate (`jurycandidate-<candidateId>`), fed only by the registries,
 * evaluations and juries of every region on Kafka: what sessions decide on.
 */
export const candidateFiles = defineAggregate({ category: JURY_CANDIDATE_STREAM_CATEGORY, decider: candidateFileDecider, events: candidateFileEvents });
