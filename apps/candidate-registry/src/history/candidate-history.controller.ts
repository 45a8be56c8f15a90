import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { candidateStreamId } from '@titrepro/domain-registry';
import type { EventStore } from '@titrepro/event-store';
import { Authorize, CurrentCaller, type Caller } from '@titrepro/platform-nest';
import { assertOwnFileIfCandidate } from '../candidates/candidate-access';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { describeHistoryEntry, type HistoryEntry } from './describe-history-entry';

/** The candidate's file as it happened, read from the event stream itself (not a projection). */
@ApiTags('candidates')
@Controller('candidates/:id/history')
export class CandidateHistoryController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @Authorize({ roles: ['regional-officer', 'auditor', 'candidate'], ownRegionFor: ['regional-officer'] })
  async history(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<HistoryEntry[]> {
    assertOwnFileIfCandidate(caller, id);
    const events = await this.store.readStream(candidateStreamId(id));
    if (events.length === 0) throw new NotFoundException(`candidate ${id} does not exist`);
    return events.map(describeHistoryEntry);
  }
}
