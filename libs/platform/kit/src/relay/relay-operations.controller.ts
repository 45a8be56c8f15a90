import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listParkedRelayEvents } from '@titrepro/messaging';
import { ApiRoute, Authorize } from '@titrepro/platform-nest';
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
  @Authorize({ roles: ['operator', 'auditor'] })
  @ApiRoute({ summary: 'Events the relay could not map, and those held behind them', success: { status: 200, description: 'Parked events', schema: parkedRelayEvents } })
  list() {
    return listParkedRelayEvents(this.relay.store.pool, this.relay.name);
  }

  @Post(':streamId/retry')
  @Authorize({ roles: ['operator'] })
  @ApiRoute({ summary: "Map and publish a stream's parked events again, in order", success: { status: 200, description: 'What was published', schema: retryOutcome } })
  retry(@Param('streamId') streamId: string) {
    return this.relay.retryParked(streamId);
  }
}
