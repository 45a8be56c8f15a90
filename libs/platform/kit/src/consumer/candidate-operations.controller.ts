import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { identifier } from '@titrepro/domain-kernel';
import { ApiRoute, Authorize, OWN_REGION, ZodValidationPipe } from '@titrepro/platform-nest';
import { z } from 'zod';
import { replayCandidate } from './candidate-replay';
import { ServiceConsumers } from './service-consumers';

const candidateParam = z.object({ candidateId: identifier });
const consumerReplay = z.object({
  consumer: z.string(),
  applied: z.number().int(),
  duplicates: z.number().int(),
  deferred: z.number().int().optional(),
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
  @Authorize({ operator: OWN_REGION })
  @ApiRoute({
    summary: "Clear a candidate's held events in every consumer of this service: each consumer's dead letters of the candidate replayed in order",
    success: { status: 200, description: 'Per consumer that held something: what was applied, and the letter that still fails', schema: candidateReplay },
    errors: [400, 404],
  })
  async replay(
    @Param(new ZodValidationPipe(candidateParam)) params: z.infer<typeof candidateParam>,
  ) {
    const outcomes = await replayCandidate(this.consumers, params.candidateId);
    if (!outcomes) throw new NotFoundException(`no consumer of this service holds events of candidate ${params.candidateId}`);
    return { candidateId: params.candidateId, consumers: outcomes };
  }
}
