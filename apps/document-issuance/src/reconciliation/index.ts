import type { ServiceCheck } from '@titrepro/service-kit/reconciliation';
import { documentsAgainstAwards } from './documents-against-awards';

/** What `npm run reconcile` compares for this service beyond the platform's checks. */
export const reconciliationChecks: readonly ServiceCheck[] = [documentsAgainstAwards];
