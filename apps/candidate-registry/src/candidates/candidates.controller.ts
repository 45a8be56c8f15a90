import { Body, Controller, ForbiddenException, Get, Inject, NotFoundException, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRegisterCandidate, parseTransferRegion, registerCandidateDataSchema, transferRegionDataSchema } from '@titrepro/domain-registry';
import { ApiRoute, Authorize, CarriesPersonalData, CurrentCaller, SERVICE_CONFIG, valueOrThrow, type Caller, IdParam, QueryParam, OWN_REGION, OWN_FILE, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { singleLineText } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { RegistryConfig } from '../config/registry-config';
import { candidateIdResponse, candidateView, transferResponse } from '../api/registry-responses';
import { GetCandidateQuery } from '../queries/get-candidate.query';
import { SearchCandidatesQuery } from '../queries/search-candidates.query';
import type { CandidateView } from '../read-models/candidate-read-model';
import { candidates } from './candidate-aggregate';

/** The text searched for in names: a line of text (the kernel's parser), at least 2 characters. */
const searchedName = singleLineText(100).refine((name) => name.length >= 2, { message: 'give at least 2 characters to search for' });

const officer: AuthorizationPolicy = { 'regional-officer': OWN_REGION };

/** Registering, reading, finding and transferring candidates. */
@ApiTags('candidates')
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officer)
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Register a candidate in this region (the server mints the candidate id)',
    success: { status: 201, description: 'Registered', schema: candidateIdResponse },
    errors: [400, 409, 422],
    body: { schema: registerCandidateDataSchema, serverFields: ['candidateId', 'region'] },
  })
  async register(@Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ candidateId: string }> {
    // The server mints the id: unique across regions (UUIDv7), never chosen by a client.
    const candidateId = this.ids.newId();
    const command = valueOrThrow(parseRegisterCandidate(commandInput(body, { candidateId, region: this.config.REGION })));
    await this.commands.execute(new StreamCommand(candidates.stream(candidateId), command, origin));
    return { candidateId };
  }

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @CarriesPersonalData({ query: ['name'] })
  @ApiRoute({ summary: 'Find candidates whose family or given names contain a text', success: { status: 200, description: 'At most 100 candidates', schema: z.array(candidateView) }, errors: [400] })
  async search(@QueryParam('name', searchedName) name: string): Promise<CandidateView[]> {
    return this.queries.execute(new SearchCandidatesQuery(name));
  }

  @Get(':id')
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION, candidate: OWN_FILE })
  @ApiRoute({ summary: "A candidate's summary and pathways (a candidate reads only their own)", success: { status: 200, description: 'The candidate', schema: candidateView }, errors: [404] })
  async find(@IdParam('id') id: string, @CurrentCaller() caller: Caller): Promise<CandidateView> {
    const candidate = await this.queries.execute(new GetCandidateQuery(id));
    if (!candidate) throw new NotFoundException(`candidate ${id} does not exist`);
    // A region that handed the file over keeps no identity, and its officers no longer read the file.
    if (caller.role === 'regional-officer' && candidate.region !== this.config.REGION) {
      throw new ForbiddenException(`candidate ${id}'s home region is ${candidate.region}; region ${this.config.REGION}'s officers no longer read the file`);
    }
    return candidate;
  }

  @Post(':id/transfer')
  @Authorize(officer)
  @ApiRoute({
    summary: "Offer the candidate's file to another region, which accepts or refuses it; until then the file stays here",
    success: { status: 200, description: 'Offered', schema: transferResponse },
    errors: [400, 404, 409],
    body: { schema: transferRegionDataSchema, serverFields: ['candidateId', 'actingRegion'] },
  })
  async transfer(@IdParam('id') id: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ candidateId: string; region: string }> {
    const command = valueOrThrow(parseTransferRegion(commandInput(body, { candidateId: id, actingRegion: this.config.REGION })));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { candidateId: id, region: command.data.toRegion };
  }
}
