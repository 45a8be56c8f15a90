import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Explanation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { PathwayState } from '../candidate.state';
import { CANDIDATE_IDENTITY_FIELDS, candidateIdentityFields } from './candidate-identity.schema';
import type { CandidateIdentity } from './candidate-registered.event';
import { pathwayStateSchema } from './pathway-state.schema';

/** One event of the sending region's stream, as its auditors read it: ids, facts and its hash. */
export interface ReceivedHistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorRole: string;
  readonly rulebookId: string | null;
  readonly ruleIds: readonly string[];
  readonly region: string;
  readonly summary: Explanation;
  readonly hash: string;
}

/** Where the file came from: the sending region's stream, at the revision and hash it was read. */
export interface FileSource {
  readonly region: string;
  readonly streamId: string;
  readonly revision: number;
  readonly hash: string;
}

/**
 * The sending region handed the file over and this region received it, identity included (sealed
 * here under the candidate's key, as at registration). This region is the home region from now on.
 */
export type CandidateFileReceived = DomainEvent<
  'CandidateFileReceived',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly region: string;
    readonly receivedOn: CalendarDate;
    readonly registeredOn: CalendarDate;
    readonly pathways: readonly PathwayState[];
    readonly source: FileSource;
    readonly sourceHistory: readonly ReceivedHistoryEntry[];
  } & CandidateIdentity
>;

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
