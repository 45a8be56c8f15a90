import { DOCUMENTS_STREAM_CATEGORY, documentsDecider, documentsEvents } from '@titrepro/domain-issuance';
import { defineAggregate } from '@titrepro/service-kit';

/** One stream per candidate (`documents-<candidateId>`): the parchemins and livret versions issued, their revocations. */
export const documents = defineAggregate({ category: DOCUMENTS_STREAM_CATEGORY, decider: documentsDecider, events: documentsEvents });
