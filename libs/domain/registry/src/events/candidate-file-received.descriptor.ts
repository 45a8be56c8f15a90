import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { CANDIDATE_IDENTITY_FIELDS, candidateIdentityFields } from './candidate-identity.schema';
import { z } from 'zod';
import type { CandidateFileReceived } from './candidate-file-received.event';
import { pathwayStateSchema } from './pathway-state.schema';

const receivedHistoryEntry = z.strictObject({
  revision: z.number().int().nonnegative(),
  type: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  actorRole: z.string(),
  rulebookId: z.string().nullable(),
  ruleIds: z.array(z.string()),
  region: z.string(),
  summary: z.strictObject({ fr: z.string(), en: z.string() }),
  hash: z.string(),
});

/** CandidateFileReceived as stored, version 1; the identity is sealed as in CandidateRegistered. */
export const candidateFileReceivedDescriptor = defineEvent<CandidateFileReceived>({
  type: 'CandidateFileReceived',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    fromRegion: z.string(),
    region: z.string(),
    receivedOn: calendarDate,
    registeredOn: calendarDate,
    ...candidateIdentityFields,
    pathways: z.array(pathwayStateSchema),
    source: z.strictObject({ region: z.string(), streamId: z.string(), revision: z.number().int().nonnegative(), hash: z.string() }),
    sourceHistory: z.array(receivedHistoryEntry),
  }),
  personal: { subject: (data) => data.candidateId, fields: CANDIDATE_IDENTITY_FIELDS },
  describe: ({ fromRegion, region, receivedOn, source }) => ({
    fr: `Dossier reçu de la région ${fromRegion} par la région ${region} le ${receivedOn} (flux ${source.streamId}, révision ${source.revision}, empreinte ${source.hash})`,
    en: `File received from region ${fromRegion} by region ${region} on ${receivedOn} (stream ${source.streamId}, revision ${source.revision}, hash ${source.hash})`,
  }),
});
