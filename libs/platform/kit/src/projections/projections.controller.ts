import { Controller, Get, NotFoundException, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, OWN_REGION, PathParam } from '@titrepro/platform-nest';
import { componentNameParam, streamIdParam } from '../operations/operation-params';
import { retryParkedStream, statusWithParked } from '../operations/processor-operations';
import { projectionStatusList, rebuildResponse, retryResponse } from './projection-responses';
import type { ParkedEvent } from './parked-events';
import type { ProjectionStatus } from './projection-runner';
import { Projections, type ProjectionOperations } from './projections';
import type { RetryOutcome } from './retry-parked';

/** Operations on the read models: see what is parked, retry it, rebuild a projection from the log. */
@ApiTags('operations')
@Controller('operations/projections')
export class ProjectionsController {
  constructor(private readonly projections: Projections) {}

  @Get()
  @Authorize({ operator: OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: "Each projection's state, position and parked events", success: { status: 200, description: 'Projections', schema: projectionStatusList } })
  async list(): Promise<Array<ProjectionStatus & { parkedEvents: ParkedEvent[] }>> {
    return Promise.all([...this.projections.operations.values()].map((operations) => statusWithParked(operations)));
  }

  @Post(':name/parked/:streamId/retry')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: "Apply a stream's parked events again, in order", success: { status: 200, description: 'What was applied', schema: retryResponse }, errors: [400, 404] })
  retry(@PathParam('name', componentNameParam) name: string, @PathParam('streamId', streamIdParam) streamId: string): Promise<RetryOutcome> {
    return retryParkedStream(this.find(name), streamId);
  }

  @Post(':name/rebuild')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: 'Empty a projection and replay the log into it', success: { status: 202, description: 'Rebuilding', schema: rebuildResponse }, errors: [400, 404] })
  async rebuild(@PathParam('name', componentNameParam) name: string): Promise<{ projection: string; rebuilding: true }> {
    await this.find(name).rebuild();
    return { projection: name, rebuilding: true };
  }

  private find(name: string): ProjectionOperations {
    const operations = this.projections.operations.get(name);
    if (!operations) throw new NotFoundException(`projection ${name} does not exist`);
    return operations;
  }
}
