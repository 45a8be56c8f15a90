import { Body, Controller, Inject, NotFoundException, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRecordDeliberation, parseRectifyDecision, recordDeliberationDataSchema, rectifyDecisionDataSchema } from '@titrepro/domain-jury';
import { ApiRoute, Authorize, CurrentCaller, valueOrThrow, type Caller, IdParam } from '@titrepro/platform-nest';
import { commandInput, ID_SOURCE, Origin, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import { z } from 'zod';
import { CandidateFileReader } from '../candidates/candidate-file-reader';
import { sessions } from '../jury-aggregates';
import { actingMemberId, juryMemberOfTheSession, officerOfThisRegion } from './acting-roles';
import { SessionReader } from './session-reader';

/**
 * The jury's decisions: a member records the deliberation for a convened candidate (rules
 * JURY-OUTCOME, CAPITALISATION-WINDOW, TITLE-BY-CAPITALISATION, CCS-REQUIRES-TITLE, on the session
 * date); after sealing, the office records a rectification with its reason.
 */
@ApiTags('decisions')
@Controller('sessions/:sessionId')
export class DeliberationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly files: CandidateFileReader,
    private readonly sessionsRead: SessionReader,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post('candidates/:candidateId/deliberation')
  @Authorize(juryMemberOfTheSession)
  @ApiRoute({
    summary: "Record the jury's decision for a convened candidate (once; `revises` names the decision a revision replaces before sealing)",
    success: { status: 201, description: 'Recorded', schema: z.object({ decisionId: z.string() }) },
    errors: [400, 403, 404, 409, 422],
    body: { schema: recordDeliberationDataSchema, serverFields: ['sessionId', 'candidateId', 'decisionId', 'memberId', 'file', 'fileRef'] },
  })
  async deliberate(
    @IdParam('sessionId') sessionId: string,
    @IdParam('candidateId') candidateId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ decisionId: string }> {
    const memberId = actingMemberId(caller);
    const decisionId = this.ids.newId();
    const { file, fileRef } = await this.files.readKnown(candidateId);
    const command = valueOrThrow(parseRecordDeliberation(commandInput(body, { sessionId, candidateId, decisionId, memberId, file, fileRef })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { decisionId };
  }

  @Post('decisions/:decisionId/rectifications')
  @Authorize(officerOfThisRegion)
  @ApiRoute({
    summary: 'Rectify a sealed decision, with a reason (the rules are applied again; issuance revokes and reissues)',
    success: { status: 201, description: 'Rectified', schema: z.object({ rectificationId: z.string() }) },
    errors: [400, 404, 409, 422],
    body: { schema: rectifyDecisionDataSchema, serverFields: ['sessionId', 'decisionId', 'rectificationId', 'officerId', 'file', 'fileRef'] },
  })
  async rectify(
    @IdParam('sessionId') sessionId: string,
    @IdParam('decisionId') decisionId: string,
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<{ rectificationId: string }> {
    const session = await this.sessionsRead.read(sessionId);
    const decision = session.decisions.find((each) => each.decisionId === decisionId);
    if (!decision) throw new NotFoundException(`decision ${decisionId} is not a decision of session ${sessionId}`);
    const rectificationId = this.ids.newId();
    const { file, fileRef } = await this.files.readKnown(decision.candidateId);
    const command = valueOrThrow(parseRectifyDecision(commandInput(body, { sessionId, decisionId, rectificationId, officerId: caller.subject, file, fileRef })));
    await this.commands.execute(new StreamCommand(sessions.stream(sessionId), command, origin));
    return { rectificationId };
  }
}
