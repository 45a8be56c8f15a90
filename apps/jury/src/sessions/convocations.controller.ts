import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { conveneCandidateDataSchema, parseConveneCandidate, parseRecordInterview, recordInterviewDataSchema, sessionCommands } from '@titrepro/domain-jury';
import { ApiRoute, Authorize, CurrentCaller, RequestValidationException, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, Origin, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import { identifier } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { CandidateFileReader } from '../candidates/candidate-file-reader';
import { sessions } from '../jury-aggregates';
import { actingMemberId, juryMemberOfTheSession, officerOfThisRegion } from './acting-roles';

const convened = z.object({ sessionId: z.string(), candidateId: z.string() });
const declareConflictOfInterest = sessionCommands.definitions.DeclareConflictOfInterest;

/** Convening a candidate of this region to a session, the jury's interview with them, and a member's conflict of interest. */
@ApiTags('sessions')
@Controller('sessions/:sessionId/candidates')
export class ConvocationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly files: CandidateFileReader,
  ) {}

  @Post()
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Convene a candidate (their pathway, VAE-ADMISSIBILITY and complete evidence under EVIDENCE-CONTINUOUS, EVIDENCE-VAE or CCP-PAIR)',
    success: { status: 201, description: 'Convened', schema: convened },
    errors: [400, 403, 404, 409, 422],
    body: { schema: conveneCandidateDataSchema, serverFields: ['sessionId', 'file', 'fileRef'] },
  })
  async convene(@IdParam('sessionId') sessionId: string, @Body() body: unknown, @Origin() origin: CommandOrigin): Promise<z.infer<typeof convened>> {
    const named = typeof body === 'object' && body !== null ? (body as { candidateId?: unknown }).candidateId : undefined;
    // The file is read for the candidate named: without one, say so rather than list server fields;
    // and the id is parsed before it names a read, so PostgreSQL never sees one it cannot hold.
    if (named === undefined) throw new RequestValidationException([{ field: 'candidateId', message: 'is required: the candidate to convene' }]);
    const parsedId = identifier.safeParse(named);
    if (!parsedId.success) throw new RequestValidationException([{ field: 'candidateId', message: parsedId.error.issues[0]?.message ?? 'is not an id' }]);
    const candidateId = parsedId.data;
    const { file, fileRef } = await this.files.readKnown(candidateId);
    const command = valueOrThrow(parseConveneCandidate(commandInput(body, { sessionId, file, fileRef })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { sessionId, candidateId: command.data.candidateId };
  }

  @Post(':candidateId/interview')
  @Authorize(juryMemberOfTheSession)
  @ApiRoute({
    summary: 'Record the jury’s interview with a convened candidate (a member of that jury)',
    success: { status: 201, description: 'Recorded', schema: convened },
    errors: [400, 403, 404, 409],
    body: { schema: recordInterviewDataSchema, serverFields: ['sessionId', 'candidateId', 'memberId'] },
  })
  async interview(
    @IdParam('sessionId') sessionId: string,
    @IdParam('candidateId') candidateId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<z.infer<typeof convened>> {
    const command = valueOrThrow(parseRecordInterview(commandInput(body, { sessionId, candidateId, memberId: actingMemberId(caller) })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { sessionId, candidateId };
  }

  @Post(':candidateId/conflict-of-interest')
  @Authorize(juryMemberOfTheSession)
  @ApiRoute({
    summary: "Declare a conflict of interest with a candidate (a member of that jury, for themself): JURY-PROFESSIONALS then keeps the member off the candidate's jury",
    success: { status: 201, description: 'Declared', schema: convened },
    errors: [400, 403, 404, 409],
    body: { schema: declareConflictOfInterest.schema, serverFields: ['sessionId', 'candidateId', 'memberId'] },
  })
  async declareConflictOfInterest(
    @IdParam('sessionId') sessionId: string,
    @IdParam('candidateId') candidateId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<z.infer<typeof convened>> {
    const command = valueOrThrow(declareConflictOfInterest.parse(commandInput(body, { sessionId, candidateId, memberId: actingMemberId(caller) })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { sessionId, candidateId };
  }
}
