import { Controller, Delete, Inject, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseEraseCandidatePersonalData } from '@titrepro/domain-registry';
import type { EventStore } from '@titrepro/event-store';
import { ApiRoute, Authorize, SERVICE_CONFIG, valueOrThrow } from '@titrepro/platform-nest';
import { EVENT_STORE, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { CandidateReadModel } from '../read-models/candidate-read-model';
import { candidates } from './candidate-aggregate';

/** Right to erasure: record it, destroy the candidate's key, purge the read models. */
@ApiTags('candidates')
@Controller('candidates/:id/personal-data')
export class CandidateErasureController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModel: CandidateReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /**
   * Idempotent: a second erasure decides nothing new (the decider answers no event), so calling
   * again after a failure between the steps finishes the job (204) instead of answering 409.
   */
  @Delete()
  @Authorize({ roles: ['regional-officer'], ownRegionFor: ['regional-officer'] })
  @ApiRoute({ summary: "Erase the candidate's personal data (right to erasure); idempotent", success: { status: 204, description: 'Erased' }, errors: [404, 409] })
  async erase(@Param('id') id: string, @Origin() origin: CommandOrigin): Promise<void> {
    const command = valueOrThrow(parseEraseCandidatePersonalData({ candidateId: id, actingRegion: this.config.REGION }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    await this.store.forgetSubject(id);
    await this.readModel.purgePersonalData(id);
  }
}
