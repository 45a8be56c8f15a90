import { CandidatePersonalDataErasedV1 } from '@titrepro/contracts';
import { parseRecordErasure } from '@titrepro/domain-issuance';
import { byContract, on } from '@titrepro/messaging';
import { consumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import { documents } from '../issuance-aggregates';

/**
 * A candidate's erasure (the kit's reactor forgets their key: the PDFs no longer open) is also
 * recorded on their documents, so that a download answers 410 with the reason. Their credentials
 * stay valid and reveal nothing: the holder is a salted hash.
 */
export const registryErasure: ConsumerDefinition = {
  name: 'registry-erasure',
  contexts: ['registry'],
  // A former home region's documents are erased too.
  candidates: 'every-region',
  commandsFor: byContract(
    on(CandidatePersonalDataErasedV1, ({ payload: { candidateId } }) => consumedCommand(documents.stream(candidateId), parseRecordErasure({ candidateId }))),
  ),
};
