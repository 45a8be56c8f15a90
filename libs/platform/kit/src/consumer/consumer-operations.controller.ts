import { Controller, Get, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { listDeadLetters } from '@titrepro/messaging';
import { ApiRoute, Authorize } from '@titrepro/platform-nest';
import { z } from 'zod';
import { ServiceConsumers } from './service-consumers';

const deadLetters = z.array(z.record(z.string(), z.unknown()));
const replayOutcome = z.object({
  applied: z.number().int(),
  duplicates: z.number().int(),
  deferred: z.number().int().optional(),
  failure: z.object({ sequence: z.number().int(), eventId: z.string().optional(), error: z.string() }).optional(),
});

/** Operations on the consumers: each one's dead letters, per key in order, and their replay. */
@ApiTags('operations')
@Controller('operations/consumers/:name/dead-letters')
export class ConsumerOperationsController {
  constructor(private readonly consumers: ServiceConsumers) {}

  @Get()
  @Authorize({ roles: ['operator', 'auditor'] })
  @ApiRoute({ summary: 'Messages the consumer could not apply, and those held behind them', success: { status: 200, description: 'Dead letters', schema: deadLetters }, errors: [404] })
  list(@Param('name') name: string) {
    const inbox = this.consumers.inboxOf(name);
    if (!inbox) throw new NotFoundException(`consumer ${name} does not exist`);
    return listDeadLetters(this.consumers.store.pool, inbox);
  }

  @Post(':key/replay')
  @Authorize({ roles: ['operator'] })
  @ApiRoute({ summary: "Apply a key's dead letters again, in order, and release what they held", success: { status: 200, description: 'What was applied', schema: replayOutcome }, errors: [404] })
  async replay(@Param('name') name: string, @Param('key') key: string) {
    const outcome = await this.consumers.replay(name, key);
    if (!outcome) throw new NotFoundException(`consumer ${name} does not exist`);
    return outcome;
  }
}
