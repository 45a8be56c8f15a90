import type { CalendarDate, DomainEvent, Explanation } from '@titrepro/domain-kernel';
import type { PathwayState } from '../candidate.state';
import type { CandidateIdentity } from './candidate-registered.event';

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
