import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { candidateFileFacts, capitalisationDeadlines } from '@titrepro/domain-jury';
import { calendarDateInParis } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { EventStore } from '@titrepro/event-store';
import { ApiRoute, Authorize, IdParam, OWN_REGION, OWN_FILE } from '@titrepro/platform-nest';
import { CLOCK, EVENT_STORE, stateAtRevisionOf, type Clock } from '@titrepro/service-kit';
import { z } from 'zod';
import { candidateFiles } from '../jury-aggregates';

const deadline = z.object({ titleCode: z.string(), windowStart: z.string(), windowEnd: z.string(), closed: z.boolean(), missingCcpCodes: z.array(z.string()) });

const candidateView = z.object({
  candidateId: z.string(),
  homeRegion: z.string().nullable(),
  pathways: z.array(z.unknown()),
  admissibility: z.array(z.unknown()),
  evidenceStatus: z.array(z.unknown()),
  evidenceRecords: z.array(z.unknown()),
  assessorIds: z.array(z.string()),
  ccpsHeld: z.array(z.object({ titleCode: z.string(), ccpCode: z.string(), obtainedOn: z.string(), region: z.string(), sessionId: z.string(), decisionId: z.string() })),
  titlesHeld: z.array(z.unknown()),
  ccssHeld: z.array(z.unknown()),
  capitalisation: z.array(deadline),
  revision: z.number().int(),
});
type CandidateView = z.infer<typeof candidateView>;

/**
 * The jury's view of a candidate, from the registries, evaluations and juries of every region:
 * pathways, admissibility, evidence, CCPs held wherever they were awarded, and each title's
 * capitalisation deadline (CAPITALISATION-WINDOW, last day inclusive).
 */
@ApiTags('candidates')
@Controller('candidates/:candidateId')
export class CandidateViewController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, 'jury-member': OWN_REGION, auditor: OWN_REGION, candidate: OWN_FILE })
  @ApiRoute({ summary: "The jury's view of a candidate: pathways, admissibility, evidence, CCPs held in any region, capitalisation deadlines (a candidate reads only their own)", success: { status: 200, description: 'The view', schema: candidateView }, errors: [404] })
  async view(@IdParam('candidateId') candidateId: string): Promise<CandidateView> {
    const { state, revision } = await stateAtRevisionOf(this.store, candidateFiles.stream(candidateId));
    if (revision < 0) throw new NotFoundException(`candidate ${candidateId} is unknown to the jury service`);
    const file = candidateFileFacts(state);
    const today = calendarDateInParis(this.clock.now());
    return { ...file, capitalisation: capitalisationDeadlines(state, today, { referential, rulebooks }), revision };
  }
}
