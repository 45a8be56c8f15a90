import { readModelTable, type PageRows } from '@titrepro/service-kit';
import { CandidateSummary } from './candidate-summary.entity';
import { IncomingTransfer } from './incoming-transfer.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';

/** The registry's read-model tables: every row belongs to one candidate, and a page loads them by candidate. */
export const candidateTables = {
  summaries: readModelTable(CandidateSummary, 'candidateId'),
  pathways: readModelTable(PathwayStatus, 'candidateId'),
  pending: readModelTable(PendingAdmissibility, 'candidateId'),
  transfers: readModelTable(IncomingTransfer, 'candidateId'),
};

export type CandidateRows = PageRows<typeof candidateTables>;
