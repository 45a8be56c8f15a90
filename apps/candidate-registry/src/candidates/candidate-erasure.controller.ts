import { Controller, Delete, HttpCode, Inject, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { candidateDecider, candidateStreamId } from '@titrepro/domain-registry';
import { loadState, type EventStore } from '@titrepro/event-store';
import { Authorize, SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { RegistryConfig } from '../config/registry-config';
import { CandidateCommands } from '../commands/candidate-commands';
import type { RequestOrigin } from '../commands/command-context.factory';
import { Origin } from '../commands/request-origin.decorator';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { CandidateReadModel } from '../read-models/candidate-read-model';

/** Right to erasure: record it, destroy the candidate's key, purge the read models. */
@ApiTags('candidates')
@Controller('candidates/:id/personal-data')
export class CandidateErasureController {
  constructor(
    private readonly commands: CandidateCommands,
    private readonly readModel: CandidateReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /**
   * Idempotent: when an earlier call recorded the erasure but failed before destroying the key or
   * purging the read models, calling again finishes the job (204) instead of answering 409.
   */
  @Delete()
  @HttpCode(204)
  @Authorize({ roles: ['regional-officer'], ownRegionFor: ['regional-officer'] })
  async erase(@Param('id') id: string, @Origin() origin: RequestOrigin): Promise<void> {
    const { state } = await loadState(this.store, candidateStreamId(id), candidateDecider);
    const alreadyErased = state.status === 'erased' && state.region === this.config.REGION;
    if (!alreadyErased) {
      await this.commands.run(id, { type: 'EraseCandidatePersonalData', data: { candidateId: id, actingRegion: this.config.REGION } }, origin);
    }
    await this.store.forgetSubject(id);
    await this.readModel.purgePersonalData(id);
  }
}
