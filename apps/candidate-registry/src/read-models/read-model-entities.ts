import { CandidateSummary } from './candidate-summary.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';
import { CreateReadModels1732780800000 } from './migrations/1732780800000-create-read-models';
import { KeyPathwaysByCandidate1764288000000 } from './migrations/1764288000000-key-pathways-by-candidate';
import { CheckpointInKit1764547200000 } from './migrations/1764547200000-checkpoint-in-kit';
import { Transfers1764633600000 } from './migrations/1764633600000-transfers';
import { IncomingTransfer } from './incoming-transfer.entity';

export const READ_MODEL_ENTITIES = [CandidateSummary, PathwayStatus, PendingAdmissibility, IncomingTransfer];
export const READ_MODEL_MIGRATIONS = [CreateReadModels1732780800000, KeyPathwaysByCandidate1764288000000, CheckpointInKit1764547200000, Transfers1764633600000];
