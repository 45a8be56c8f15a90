import { Controller, Delete, Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseEraseCandidatePersonalData } from '@titrepro/domain-registry';
import { ApiRoute, Authorize, SERVICE_CONFIG, valueOrThrow, IdParam, OWN_REGION } from '@titrepro/platform-nest';
import { Origin, ServiceErasure, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from './candidate-aggregate';

/**
 * Right to erasure, in the candidate's home region. The decision is one event; its effects run
 * through the kit's erasure (the key destroyed, the read models purged), here at once and, from
 * the event on Kafka, in every service of every region, this one included: the erasure reactor
 * retries until it holds, so no failure leaves it half done.
 */
@ApiTags('candidates')
@Controller('candidates/:id/personal-data')
export class CandidateErasureController {
  constructor(
    private readonly commands: CommandBus,
    private readonly erasure: ServiceErasure,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /**
   * Idempotent: a second erasure decides nothing new (the decider answers no event) and runs the
   * effects again, so calling again after a failure finishes the job (204) instead of answering 409.
   */
  @Delete()
  @Authorize({ 'regional-officer': OWN_REGION })
  @ApiRoute({ summary: "Erase the candidate's personal data (right to erasure); idempotent", success: { status: 204, description: 'Erased' }, errors: [404, 409] })
  async erase(@IdParam('id') id: string, @Origin() origin: CommandOrigin): Promise<void> {
    const command = valueOrThrow(parseEraseCandidatePersonalData({ candidateId: id, actingRegion: this.config.REGION }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    await this.erasure.erase(id);
  }
}
