import { BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { registerCandidateDataSchema, transferRegionDataSchema } from '@titrepro/domain-registry';
import { Authorize, CurrentCaller, SERVICE_CONFIG, type Caller } from '@titrepro/platform-nest';
import { randomUUID } from 'node:crypto';
import type { RegistryConfig } from '../config/registry-config';
import { bodySchema } from '../commands/body-schema';
import { bodyFields, CandidateCommands } from '../commands/candidate-commands';
import type { RequestOrigin } from '../commands/command-context.factory';
import { Origin } from '../commands/request-origin.decorator';
import { GetCandidateQuery } from '../queries/get-candidate.query';
import { SearchCandidatesQuery } from '../queries/search-candidates.query';
import type { CandidateView } from '../read-models/candidate-read-model';
import { assertOwnFileIfCandidate } from './candidate-access';

/** Registering, reading, finding and transferring candidates. */
@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly commands: CandidateCommands,
    private readonly queries: QueryBus,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Post()
  @Authorize({ roles: ['regional-officer'], ownRegionFor: ['regional-officer'] })
  @ApiBody({ schema: bodySchema(registerCandidateDataSchema, ['candidateId', 'region']) })
  async register(@Body() body: unknown, @Origin() origin: RequestOrigin): Promise<{ candidateId: string }> {
    const fields = bodyFields(body);
    const candidateId = typeof fields['candidateId'] === 'string' ? fields['candidateId'] : randomUUID();
    await this.commands.run(candidateId, { type: 'RegisterCandidate', data: { ...fields, candidateId, region: this.config.REGION } as never }, origin);
    return { candidateId };
  }

  @Get()
  @Authorize({ roles: ['regional-officer', 'auditor'], ownRegionFor: ['regional-officer'] })
  async search(@Query('name') name: string | undefined): Promise<CandidateView[]> {
    if (!name || name.trim().length < 2) throw new BadRequestException('name: give at least 2 characters to search for');
    return this.queries.execute(new SearchCandidatesQuery(name.trim()));
  }

  @Get(':id')
  @Authorize({ roles: ['regional-officer', 'auditor', 'candidate'], ownRegionFor: ['regional-officer'] })
  async find(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<CandidateView> {
    assertOwnFileIfCandidate(caller, id);
    const candidate = await this.queries.execute(new GetCandidateQuery(id));
    if (!candidate) throw new NotFoundException(`candidate ${id} does not exist`);
    return candidate;
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Authorize({ roles: ['regional-officer'], ownRegionFor: ['regional-officer'] })
  @ApiBody({ schema: bodySchema(transferRegionDataSchema, ['candidateId', 'actingRegion']) })
  async transfer(@Param('id') id: string, @Body() body: unknown, @Origin() origin: RequestOrigin): Promise<{ candidateId: string; region: unknown }> {
    const data: Record<string, unknown> = { ...bodyFields(body), candidateId: id, actingRegion: this.config.REGION };
    await this.commands.run(id, { type: 'TransferRegion', data: data as never }, origin);
    return { candidateId: id, region: data['toRegion'] };
  }
}
