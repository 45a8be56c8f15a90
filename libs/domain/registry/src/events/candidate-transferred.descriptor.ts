import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateTransferred } from './candidate-transferred.event';

/** CandidateTransferred as stored, version 1. */
export const candidateTransferredDescriptor = defineEvent<CandidateTransferred>({
  type: 'CandidateTransferred',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), transferredOn: calendarDate }),
  describe: ({ fromRegion, toRegion, transferredOn }) => ({
    fr: `Transfert demandé de la région ${fromRegion} vers la région ${toRegion} le ${transferredOn}`,
    en: `Transfer from region ${fromRegion} to region ${toRegion} requested on ${transferredOn}`,
  }),
});
