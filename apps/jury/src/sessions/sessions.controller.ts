import { Body, Controller, Get, Inject, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseConstituteJury, parseScheduleValidationSession, scheduleValidationSessionDataSchema } from '@titrepro/domain-jury';
import { identifier, parseInput } from '@titrepro/domain-kernel';
import { ApiRoute, Authorize, SERVICE_CONFIG, valueOrThrow, IdParam } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { z } from 'zod';
import { CandidateFileReader } from '../candidates/candidate-file-reader';
import type { JuryConfig } from '../config/jury-config';
import { sessions } from '../jury-aggregates';
import { JuryMemberDirectory } from '../members/jury-member-directory';
import { JuryReadModel, sessionSummaryView, type SessionSummaryView } from '../read-models/jury-read-model';
import { officerOfThisRegion, sessionListReaders, sessionReaders } from './acting-roles';
import { sessionPublicView, sessionPublicViewOf, type SessionPublicView } from './session-public-view';
import { SessionReader } from './session-reader';

// Checked here as the client sent them: the decider's `members` (their facts, filled in by the server) is no field of the request.
const juryBody = z.strictObject({
  memberIds: z
    .array(identifier)
    .min(1)
    .max(7)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a member twice' }),
  presidentId: identifier.optional().describe('The member designated president (D. 6412-6 for a VAE jury); when absent, the first member named presides.'),
});

/** Validation sessions of this region: scheduling them and naming their juries. */
@ApiTags('sessions')
@Controller('sessions')
export class SessionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly readModel: JuryReadModel,
    private readonly sessionsRead: SessionReader,
    private readonly members: JuryMemberDirectory,
    private readonly files: CandidateFileReader,
    @Inject(SERVICE_CONFIG) private readonly config: JuryConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post()
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Schedule a validation session of a title in this region (title, CCP or CCS session)',
    success: { status: 201, description: 'Scheduled', schema: z.object({ sessionId: z.string() }) },
    errors: [400, 409, 422],
    body: { schema: scheduleValidationSessionDataSchema, serverFields: ['sessionId', 'region'] },
  })
  async schedule(@Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ sessionId: string }> {
    const sessionId = this.ids.newId();
    const command = valueOrThrow(parseScheduleValidationSession(commandInput(body, { sessionId, region: this.config.REGION })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { sessionId };
  }

  @Get()
  @Authorize(sessionListReaders)
  @ApiRoute({ summary: "This region's validation sessions, by date", success: { status: 200, description: 'The sessions', schema: z.array(sessionSummaryView) } })
  list(): Promise<SessionSummaryView[]> {
    return this.readModel.sessions();
  }

  @Get(':sessionId')
  @Authorize(sessionReaders)
  @ApiRoute({ summary: 'One session: its jury, convocations, interviews, decisions with the rules applied, approvals and seal', success: { status: 200, description: 'The session', schema: sessionPublicView }, errors: [404] })
  async find(@IdParam('sessionId') sessionId: string): Promise<SessionPublicView> {
    return sessionPublicViewOf(await this.sessionsRead.read(sessionId));
  }

  @Put(':sessionId/jury')
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary:
      "Name the session's jury and its president (JURY-PROFESSIONALS: habilitated professionals who did not train or assess a convened candidate; VAE-JURY from 13 April 2024: a VAE candidate's jury has two members or more, a president, none linked to the candidate)",
    success: { status: 200, description: 'Constituted', schema: z.object({ sessionId: z.string(), memberIds: z.array(z.string()) }) },
    errors: [400, 404, 409, 422],
    body: { schema: juryBody },
  })
  async constitute(@IdParam('sessionId') sessionId: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<{ sessionId: string; memberIds: string[] }> {
    const { memberIds, presidentId } = valueOrThrow(parseInput(juryBody, body));
    const session = await this.sessionsRead.read(sessionId);
    const members = await this.members.factsOf(memberIds);
    const candidates = await Promise.all(session.convocations.map(async (convocation) => (await this.files.read(convocation.candidateId)).file));
    const command = valueOrThrow(parseConstituteJury({ sessionId, members, presidentId, candidates }));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { sessionId, memberIds };
  }
}
