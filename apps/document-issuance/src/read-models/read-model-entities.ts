import { IssuedDocument } from './issued-document.entity';
import { CreateIssuanceReadModels1764806400000 } from './migrations/1764806400000-create-issuance-read-models';
import { ProducedDocument } from './produced-document.entity';
import { StatusListRow } from './status-list.entity';

export const READ_MODEL_ENTITIES = [ProducedDocument, IssuedDocument, StatusListRow];
export const READ_MODEL_MIGRATIONS = [CreateIssuanceReadModels1764806400000];
