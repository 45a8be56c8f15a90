import { Controller, Get, NotFoundException, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, OWN_REGION, PathParam } from '@titrepro/platform-nest';
import { componentNameParam, streamIdParam } from '../operations/operation-params';
import { projectionStatusList, rebuildResponse, retryResponse } from './projection-responses';
import { listParkedEvents, type ParkedEvent } from './parked-events';
import type { ProjectionStatus } from './projection-runner';
import { Projections } from './projections';
import { rebuildProjection } from './rebuild-projection';
import { retryParkedEvents, type RetryOutcome } from './retry-parked';

/** Operations on the read models: see what is parked, retry it, rebuild a projection from the log. */
@ApiTags('operations')
@Controller('operations/projections')
export class ProjectionsController {
  constructor(private readonly projections: Projections) {}

  @Get()
  @Authorize({ operator: OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: "Each projection's state, position and parked events", success: { status: 200, description: 'Projections', schema: projectionStatusList } })
  async list(): Promise<Array<ProjectionStatus & { parkedEvents: ParkedEvent[] }>> {
    return Promise.all(
      [...this.projections.runners.values()].map(async (runner) => ({
        ...runner.status(),
        parked: await runner.refreshParked(),
        parkedEvents: await listParkedEvents(this.projections.dataSource, runner.name),
      })),
    );
  }

  @Post(':name/parked/:streamId/retry')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: "Apply a stream's parked events again, in order", success: { status: 200, description: 'What was applied', schema: retryResponse }, errors: [400, 404] })
  async retry(@PathParam('name', componentNameParam) name: string, @PathParam('streamId', streamIdParam) streamId: string): Promise<RetryOutcome> {
    const { definition, runner } = this.find(name);
    const outcome = await retryParkedEvents(this.projections.dataSource, this.projections.store, definition, streamId);
    // A retry of nothing is an operator's mistake (a mistyped stream), not a success to report.
    if (!outcome) throw new NotFoundException(`projection ${name} holds no parked event of stream ${streamId}`);
    await runner.refreshParked();
    return outcome;
  }

  @Post(':name/rebuild')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: 'Empty a projection and replay the log into it', success: { status: 202, description: 'Rebuilding', schema: rebuildResponse }, errors: [400, 404] })
  async rebuild(@PathParam('name', componentNameParam) name: string): Promise<{ projection: string; rebuilding: true }> {
    const { definition, runner } = this.find(name);
    await rebuildProjection(this.projections.dataSource, definition);
    await runner.refreshParked();
    return { projection: name, rebuilding: true };
  }

  private find(name: string) {
    const runner = this.projections.runners.get(name);
    const definition = this.projections.definitions.find((projection) => projection.name === name);
    if (!runner || !definition) throw new NotFoundException(`projection ${name} does not exist`);
    return { runner, definition };
  }
}
