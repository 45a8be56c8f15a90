import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, OWN_REGION, PathParam } from '@titrepro/platform-nest';
import { streamIdParam } from '../operations/operation-params';
import { retryParkedStream } from '../operations/processor-operations';
import { z } from 'zod';
import { ServiceRelay } from './service-relay';

const parkedRelayEvents = z.array(z.record(z.string(), z.unknown()));
const retryOutcome = z.object({
  published: z.array(z.number().int()),
  stillParked: z.number().int(),
  failure: z.object({ globalPosition: z.number().int(), error: z.string() }).optional(),
});

/** Operations on the relay: the events it could not map, and their retry once the mapping is fixed. */
@ApiTags('operations')
@Controller('operations/relay/parked')
export class RelayOperationsController {
  constructor(private readonly relay: ServiceRelay) {}

  @Get()
  @Authorize({ operator: OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: 'Events the relay could not map, and those held behind them', success: { status: 200, description: 'Parked events', schema: parkedRelayEvents } })
  list() {
    return this.relay.operations.parked();
  }

  @Post(':streamId/retry')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: "Map and publish a stream's parked events again, in order", success: { status: 200, description: 'What was published', schema: retryOutcome }, errors: [400, 404] })
  retry(@PathParam('streamId', streamIdParam) streamId: string) {
    return retryParkedStream(this.relay.operations, streamId);
  }
}
