import { Body, Controller, Get, Inject, NotFoundException, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRegisterJuryMember, registerJuryMemberDataSchema } from '@titrepro/domain-jury';
import { ApiRoute, Authorize, CarriesPersonalData, SERVICE_CONFIG, valueOrThrow, IdParam, OWN_REGION, ownRegionOn } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { z } from 'zod';
import type { JuryConfig } from '../config/jury-config';
import { juryMembers } from '../jury-aggregates';
import { JuryReadModel, juryMemberView, type JuryMemberView } from '../read-models/jury-read-model';
import { officerOfThisRegion } from '../sessions/acting-roles';

/** The professionals this region habilitates to sit on juries, with the titles they may judge. */
@ApiTags('jury members')
@Controller('jury-members')
export class JuryMembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModel: JuryReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: JuryConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officerOfThisRegion)
  @CarriesPersonalData({ body: true })
  @ApiRoute({
    summary: 'Register a jury member of this region (the server mints the member id; names are sealed)',
    success: { status: 201, description: 'Registered', schema: z.object({ memberId: z.string() }) },
    errors: [400, 409],
    body: { schema: registerJuryMemberDataSchema, serverFields: ['memberId', 'region'] },
  })
  async register(@Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ memberId: string }> {
    const memberId = this.ids.newId();
    const command = valueOrThrow(parseRegisterJuryMember(commandInput(body, { memberId, region: this.config.REGION })));
    await this.commands.execute(new StreamCommand(juryMembers.stream(memberId), command, origin));
    return { memberId };
  }

  @Get()
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({ summary: "This region's jury members", success: { status: 200, description: 'The members', schema: z.array(juryMemberView) } })
  list(): Promise<JuryMemberView[]> {
    return this.readModel.members();
  }

  @Get(':memberId')
  @Authorize({ 'regional-officer': OWN_REGION, auditor: OWN_REGION, 'jury-member': ownRegionOn('self') })
  @ApiRoute({ summary: 'One jury member (a member reads only their own record)', success: { status: 200, description: 'The member', schema: juryMemberView }, errors: [404] })
  async find(@IdParam('memberId') memberId: string): Promise<JuryMemberView> {
    const found = await this.readModel.member(memberId);
    if (!found) throw new NotFoundException(`jury member ${memberId} does not exist`);
    return found;
  }
}
