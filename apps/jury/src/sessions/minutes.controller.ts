import { Body, Controller, Get, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { approveMinutesDataSchema, minutesHashOf, minutesOf, parseApproveMinutes, parseSealMinutes } from '@titrepro/domain-jury';
import { ApiRoute, Authorize, CurrentCaller, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import { z } from 'zod';
import { sessions } from '../jury-aggregates';
import { actingMemberId, juryMemberOfTheSession, officerOfThisRegion, sessionReaders } from './acting-roles';
import { SessionReader } from './session-reader';

const minutesView = z.object({ minutesHash: z.string(), minutes: z.unknown(), sealed: z.unknown() });

/**
 * The procès-verbal: every member approves the minutes' hash they read, then the office seals them;
 * the seal publishes the decisions (TitleAwarded, CcpAwarded, CcsAwarded, TitleNotAwarded).
 */
@ApiTags('minutes')
@Controller('sessions/:sessionId/minutes')
export class MinutesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly sessionsRead: SessionReader,
  ) {}

  @Get()
  @Authorize(sessionReaders)
  @ApiRoute({ summary: "The session's minutes (decisions and members) and their SHA-256, which members approve", success: { status: 200, description: 'The minutes', schema: minutesView }, errors: [404] })
  async minutes(@IdParam('sessionId') sessionId: string): Promise<z.infer<typeof minutesView>> {
    const session = await this.sessionsRead.read(sessionId);
    return { minutesHash: minutesHashOf(session), minutes: minutesOf(session), sealed: session.sealed };
  }

  @Post('approvals')
  @Authorize(juryMemberOfTheSession)
  @ApiRoute({
    summary: 'Approve the minutes as read (their hash); refused if they changed since',
    success: { status: 201, description: 'Approved', schema: z.object({ minutesHash: z.string() }) },
    errors: [400, 403, 404, 409],
    body: { schema: approveMinutesDataSchema, serverFields: ['sessionId', 'memberId'] },
  })
  async approve(@IdParam('sessionId') sessionId: string, @Body() body: unknown, @CurrentCaller() caller: Caller, @Origin() origin: CommandOrigin): Promise<{ minutesHash: string }> {
    const command = valueOrThrow(parseApproveMinutes(commandInput(body, { sessionId, memberId: actingMemberId(caller) })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { minutesHash: command.data.minutesHash };
  }

  @Post('seal')
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Validate and seal the minutes once every member approved them; the decisions are then published',
    success: { status: 200, description: 'Sealed', schema: z.object({ minutesHash: z.string() }) },
    errors: [404, 409],
  })
  async seal(@IdParam('sessionId') sessionId: string, @CurrentCaller() caller: Caller, @Origin() origin: CommandOrigin): Promise<{ minutesHash: string }> {
    const command = valueOrThrow(parseSealMinutes({ sessionId, officerId: caller.subject }));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    const sealed = (await this.sessionsRead.read(sessionId)).sealed;
    return { minutesHash: sealed?.minutesHash ?? '' };
  }
}
