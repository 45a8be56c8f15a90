import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { candidateFileFacts, type CandidateFileFacts, type FileReference } from '@titrepro/domain-jury';
import type { EventStore } from '@titrepro/event-store';
import { EVENT_STORE, stateAtRevisionOf } from '@titrepro/service-kit';
import { candidateFiles } from '../jury-aggregates';

/** A candidate's jury file and the exact revision it was read at, for a session command to cite. */
export interface ReadFile {
  readonly file: CandidateFileFacts;
  readonly fileRef: FileReference;
}

/** Reads candidates' jury files from the store (the authority), as session commands need them. */
@Injectable()
export class CandidateFileReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(candidateId: string): Promise<ReadFile> {
    const stream = candidateFiles.stream(candidateId);
    const { state, revision } = await stateAtRevisionOf(this.store, stream);
    return { file: candidateFileFacts(state), fileRef: { streamId: stream.streamId, revision } };
  }

  /** As `read`, for a candidate some registry has told this service about; else 404. */
  async readKnown(candidateId: string): Promise<ReadFile> {
    const read = await this.read(candidateId);
    if (read.fileRef.revision < 0) throw new NotFoundException(`candidate ${candidateId} is unknown to the jury service: no registry has published them`);
    return read;
  }
}
