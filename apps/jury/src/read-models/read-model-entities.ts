import { ClosedWindowRow } from './closed-window.entity';
import { HeldCcpRow } from './held-ccp.entity';
import { JuryMemberSummary } from './jury-member-summary.entity';
import { CreateJuryReadModels1764720000000 } from './migrations/1764720000000-create-jury-read-models';
import { SessionSummary } from './session-summary.entity';

export const READ_MODEL_ENTITIES = [JuryMemberSummary, SessionSummary, HeldCcpRow, ClosedWindowRow];
export const READ_MODEL_MIGRATIONS = [CreateJuryReadModels1764720000000];
