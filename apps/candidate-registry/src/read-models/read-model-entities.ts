import { CandidateSummary } from './candidate-summary.entity';
import { PathwayStatus } from './pathway-status.entity';
import { PendingAdmissibility } from './pending-admissibility.entity';
import { ProjectionCheckpoint } from './projection-checkpoint.entity';
import { CreateReadModels1732780800000 } from './migrations/1732780800000-create-read-models';
import { KeyPathwaysByCandidate1764288000000 } from './migrations/1764288000000-key-pathways-by-candidate';

export const READ_MODEL_ENTITIES = [CandidateSummary, PathwayStatus, PendingAdmissibility, ProjectionCheckpoint];
export const READ_MODEL_MIGRATIONS = [CreateReadModels1732780800000, KeyPathwaysByCandidate1764288000000];
