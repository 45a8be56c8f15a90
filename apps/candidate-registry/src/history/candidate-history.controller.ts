import { Controller, Get, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute, Authorize, IdParam, OWN_REGION, OWN_FILE } from '@titrepro/platform-nest';
import { historyEntrySchema } from '@titrepro/service-kit';
import { z } from 'zod';
import { GetCandidateHistoryQuery } from '../queries/get-candidate-history.query';
import type { HistoryEntry } from '@titrepro/service-kit';

/** The candidate's file as it happened: type, date, actor's role, rules and a one-line summary per event. */
@ApiTags('candidates')
@Controller('candidates/:id/history')
export class CandidateHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION, candidate: OWN_FILE })
  @ApiRoute({ summary: "The candidate's file as it happened, with the rules that decided", success: { status: 200, description: 'One entry per event', schema: z.array(historyEntrySchema) }, errors: [404] })
  async history(@IdParam('id') id: string): Promise<HistoryEntry[]> {
    const entries = await this.queries.execute(new GetCandidateHistoryQuery(id));
    if (entries.length === 0) throw new NotFoundException(`candidate ${id} does not exist`);
    return entries;
  }
}
