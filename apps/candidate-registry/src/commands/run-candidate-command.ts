import type { CandidateCommand } from '@titrepro/domain-registry';
import type { RequestOrigin } from './command-context.factory';

/** Bus message: run one candidate command against its stream, on behalf of a request. */
export class RunCandidateCommand {
  constructor(
    readonly candidateId: string,
    readonly command: CandidateCommand,
    readonly origin: RequestOrigin,
  ) {}
}
