import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseAcceptIncomingTransfer, parseRefuseIncomingTransfer, refuseIncomingTransferDataSchema } from '@titrepro/domain-registry';
import { ApiRoute, Authorize, CarriesPersonalData, SERVICE_CONFIG, valueOrThrow, IdParam, OWN_REGION, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { commandInput, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import { z } from 'zod';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from '../candidates/candidate-aggregate';
import { CandidateReadModel } from '../read-models/candidate-read-model';
import type { IncomingTransfer } from '../read-models/incoming-transfer.entity';

const officer: AuthorizationPolicy = { 'regional-officer': OWN_REGION };

const incomingTransferList = z.array(z.object({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), requestedOn: z.string(), status: z.string() }));
const answerResponse = z.object({ candidateId: z.string(), status: z.enum(['accepted', 'refused']) });

/** Files other regions offer this one: the officers' list, and their answer. */
@ApiTags('transfers')
@Controller('transfers/incoming')
export class IncomingTransfersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModel: CandidateReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Get()
  @Authorize(officer)
  @ApiRoute({ summary: 'Files other regions offer this region, awaiting an answer, oldest first', success: { status: 200, description: 'Open offers', schema: incomingTransferList } })
  async list(): Promise<Pick<IncomingTransfer, 'candidateId' | 'fromRegion' | 'toRegion' | 'requestedOn' | 'status'>[]> {
    const transfers = await this.readModel.openIncomingTransfers(this.config.REGION);
    return transfers.map(({ candidateId, fromRegion, toRegion, requestedOn, status }) => ({ candidateId, fromRegion, toRegion, requestedOn, status }));
  }

  @Post(':candidateId/acceptance')
  @HttpCode(200)
  @Authorize(officer)
  @ApiRoute({
    summary: 'Accept the file: the sending region hands it over, and this region becomes the home region once it arrives',
    success: { status: 200, description: 'Accepted', schema: answerResponse },
    errors: [404, 409],
  })
  async accept(@IdParam('candidateId') candidateId: string, @Origin() origin: CommandOrigin): Promise<z.infer<typeof answerResponse>> {
    const command = valueOrThrow(parseAcceptIncomingTransfer({ candidateId, actingRegion: this.config.REGION }));
    await this.commands.execute(new StreamCommand(candidates.stream(candidateId), command, origin));
    return { candidateId, status: 'accepted' };
  }

  @Post(':candidateId/refusal')
  @HttpCode(200)
  @Authorize(officer)
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Refuse the file with a reason code (the explanation stays sealed in this region); it stays in the sending region',
    success: { status: 200, description: 'Refused', schema: answerResponse },
    errors: [400, 404, 409],
    body: { schema: refuseIncomingTransferDataSchema, serverFields: ['candidateId', 'actingRegion'] },
  })
  async refuse(@IdParam('candidateId') candidateId: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<z.infer<typeof answerResponse>> {
    const command = valueOrThrow(parseRefuseIncomingTransfer(commandInput(body, { candidateId, actingRegion: this.config.REGION })));
    await this.commands.execute(new StreamCommand(candidates.stream(candidateId), command, origin));
    return { candidateId, status: 'refused' };
  }
}
