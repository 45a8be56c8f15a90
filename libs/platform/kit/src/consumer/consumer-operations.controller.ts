import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { identifier } from '@titrepro/domain-kernel';
import { listDeadLetters } from '@titrepro/messaging';
import { ApiRoute, Authorize, OWN_REGION, CurrentCaller, ZodValidationPipe, type Caller } from '@titrepro/platform-nest';
import { multilineText } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { ServiceConsumers } from './service-consumers';

const deadLetters = z.array(z.record(z.string(), z.unknown()));
const replayOutcome = z.object({
  applied: z.number().int(),
  duplicates: z.number().int(),
  deferred: z.number().int().optional(),
  failure: z.object({ sequence: z.number().int(), eventId: z.string().optional(), error: z.string() }).optional(),
});
// The platform's text parser: a NUL, a control or a bidirectional character is refused here, not by PostgreSQL.
const discardRequest = z.object({ reason: multilineText(500).refine((reason) => reason.length >= 3, 'must say why the message is dropped') });
const sequenceParam = z.object({ sequence: z.coerce.number().int().positive('must be the positive sequence number of a dead letter') });
/** A dead letter's key is a candidate id, as the relays key every message. */
const keyParam = z.object({ key: identifier });

/** Operations on the consumers: each one's dead letters, per key in order, and their replay. */
@ApiTags('operations')
@Controller('operations/consumers/:name/dead-letters')
export class ConsumerOperationsController {
  constructor(private readonly consumers: ServiceConsumers) {}

  @Get()
  @Authorize({ operator: OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: 'Messages the consumer could not apply, and those held behind them', success: { status: 200, description: 'Dead letters', schema: deadLetters }, errors: [404] })
  list(@Param('name') name: string) {
    const inbox = this.consumers.inboxOf(name);
    if (!inbox) throw new NotFoundException(`consumer ${name} does not exist`);
    return listDeadLetters(this.consumers.store.pool, inbox);
  }

  @Post(':key/replay')
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({ summary: "Apply a key's dead letters again, in order, and release what they held", success: { status: 200, description: 'What was applied', schema: replayOutcome }, errors: [400, 404] })
  async replay(@Param('name') name: string, @Param(new ZodValidationPipe(keyParam.passthrough())) { key }: { key: string }) {
    const inbox = this.consumers.inboxOf(name);
    if (!inbox) throw new NotFoundException(`consumer ${name} does not exist`);
    // A key with nothing to replay is most likely a mistyped one: said, rather than a 200 that did nothing.
    if ((await listDeadLetters(this.consumers.store.pool, inbox, { key, limit: 1 })).length === 0) throw new NotFoundException(`consumer ${name} holds no dead letter of key ${key}`);
    return (await this.consumers.replay(name, key)) as NonNullable<Awaited<ReturnType<ServiceConsumers['replay']>>>;
  }

  @Post(':key/:sequence/discard')
  @HttpCode(200)
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({
    summary: 'Drop one dead letter for good, saying why: it stays listed as discarded and holds nothing; replay the key to apply what it held',
    body: { schema: discardRequest },
    success: { status: 200, description: 'The discarded dead letter', schema: z.record(z.string(), z.unknown()) },
    errors: [400, 404],
  })
  async discard(
    @Param('name') name: string,
    @Param(new ZodValidationPipe(keyParam.extend(sequenceParam.shape).passthrough())) params: { key: string; sequence: number },
    @Body(new ZodValidationPipe(discardRequest)) body: z.infer<typeof discardRequest>,
    @CurrentCaller() caller: Caller,
  ) {
    const inbox = this.consumers.inboxOf(name);
    if (!inbox) throw new NotFoundException(`consumer ${name} does not exist`);
    const discarded = await this.consumers.discard(name, { key: params.key, sequence: params.sequence, by: caller.subject, why: body.reason });
    if (!discarded) throw new NotFoundException(`consumer ${name} holds no dead letter ${params.sequence} of key ${params.key} that can be discarded`);
    return discarded;
  }
}
