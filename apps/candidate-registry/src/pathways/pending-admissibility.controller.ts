import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, SERVICE_CONFIG, OWN_REGION } from '@titrepro/platform-nest';
import { pendingAdmissibilityList } from '../api/registry-responses';
import type { RegistryConfig } from '../config/registry-config';
import { ListPendingAdmissibilityQuery } from '../queries/list-pending-admissibility.query';
import type { PendingAdmissibility } from '../read-models/pending-admissibility.entity';

/** The officer's work list of VAE admissibility requests awaiting a decision. */
@ApiTags('pathways')
@Controller('vae-admissibility-requests/pending')
export class PendingAdmissibilityController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: "The office's VAE admissibility requests awaiting a decision", success: { status: 200, description: 'Oldest first', schema: pendingAdmissibilityList } })
  list(): Promise<PendingAdmissibility[]> {
    return this.queries.execute(new ListPendingAdmissibilityQuery(this.config.REGION));
  }
}
