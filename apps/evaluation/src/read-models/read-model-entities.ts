import { AssessorSummary } from './assessor-summary.entity';
import { Assignment } from './assignment.entity';
import { EvidenceStatus } from './evidence-status.entity';
import { CreateReadModels1764633600000 } from './migrations/1764633600000-create-read-models';

export const READ_MODEL_ENTITIES = [AssessorSummary, EvidenceStatus, Assignment];
export const READ_MODEL_MIGRATIONS = [CreateReadModels1764633600000];
