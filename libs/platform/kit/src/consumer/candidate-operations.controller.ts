import { Body, Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { identifier } from '@titrepro/domain-kernel';
import { ApiRoute, Authorize, CurrentCaller, ZodValidationPipe, type Caller } from '@titrepro/platform-nest';
import { z } from 'zod';
import { replayCandidate } from './candidate-replay';
import { ServiceConsumers } from './service-consumers';

const candidateParam = z.object({ candidateId: identifier });
const replayRequest = z
  .strictObject({
    discardUndecodable: z.string().trim().min(3, 'must say why a message that can never be decoded is dropped').max(500).optional(),
  })
  .describe('Optional: discardUndecodable, the reason recorded on each undecodable letter dropped on the way.');
const consumerReplay = z.object({
  consumer: z.string(),
  applied: z.number().int(),
  duplicates: z.number().int(),
  deferred: z.number().int(),
  discarded: z.array(z.number().int()),
  stillHeld: z.number().int(),
  failure: z.object({ sequence: z.number().int(), eventId: z.string().optional(), error: z.string() }).optional(),
});
const candidateReplay = z.object({ candidateId: z.string(), consumers: z.array(consumerReplay) });

/** The operator's one command for a candidate whose events are held in this service's consumers. */
@ApiTags('operations')
@Controller('operations/candidates/:candidateId')
export class CandidateOperationsController {
  constructor(private readonly consumers: ServiceConsumers) {}

  @Post('replay')
  @HttpCode(200)
  @Authorize({ roles: ['operator'], ownRegionFor: ['operator'] })
  @ApiRoute({
    summary: "Clear a candidate's held events in every consumer of this service: each consumer's dead letters of the candidate replayed in order",
    body: { schema: replayRequest },
    success: { status: 200, description: 'Per consumer that held something: what was applied, discarded, and what still fails', schema: candidateReplay },
    errors: [400, 404],
  })
  async replay(
    @Param(new ZodValidationPipe(candidateParam)) params: z.infer<typeof candidateParam>,
    @Body(new ZodValidationPipe(replayRequest)) body: z.infer<typeof replayRequest>,
    @CurrentCaller() caller: Caller,
  ) {
    const outcomes = await replayCandidate(this.consumers, { candidateId: params.candidateId, by: caller.subject, ...(body.discardUndecodable ? { discardUndecodable: body.discardUndecodable } : {}) });
    if (!outcomes) throw new NotFoundException(`no consumer of this service holds events of candidate ${params.candidateId}`);
    return { candidateId: params.candidateId, consumers: outcomes };
  }
}
