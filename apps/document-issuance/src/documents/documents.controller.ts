import { Body, Controller, Get, GoneException, NotFoundException, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseRevokeDocument } from '@titrepro/domain-issuance';
import { parseInput } from '@titrepro/domain-kernel';
import { ApiRoute, Authorize, CurrentCaller, valueOrThrow, type Caller, IdParam, OWN_REGION, OWN_FILE, ownRegionOn, regionOf, type AuthorizationPolicy } from '@titrepro/platform-nest';
import { Origin, SealedDocuments, StreamCommand, type CommandOrigin } from '@titrepro/service-kit';
import type { Response } from 'express';
import { z } from 'zod';
import { documents } from '../issuance-aggregates';
import type { IssuedDocument } from '../read-models/issued-document.entity';
import { DocumentRecords } from './document-records';

const documentView = z.object({
  documentId: z.string(),
  candidateId: z.string(),
  kind: z.enum(['parchment', 'booklet']),
  decisionId: z.string(),
  titleCode: z.string(),
  ccsCode: z.string().nullable(),
  version: z.number().int().nullable(),
  issuerRegion: z.string(),
  decidedOn: z.string(),
  issuedOn: z.string(),
  status: z.enum(['issued', 'superseded', 'revoked']),
  revokedOn: z.string().nullable(),
  revocationReason: z.string().nullable(),
  erasedOn: z.string().nullable(),
});
type DocumentView = z.infer<typeof documentView>;

const viewOf = ({ updatedPosition: _position, statusListIndex: _entry, ...view }: IssuedDocument): DocumentView => view;

const revocationBody = z.strictObject({ reason: z.string().trim().min(1, { message: 'must say why' }).max(1000) });

const readers: AuthorizationPolicy = { candidate: OWN_FILE, 'regional-officer': OWN_REGION, auditor: OWN_REGION };

/** A candidate's parchemins and livrets: listed, downloaded (PDF, credential), revoked by the issuing office. */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: DocumentRecords,
    private readonly sealed: SealedDocuments,
  ) {}

  @Get('candidates/:candidateId/documents')
  @Authorize(readers)
  @ApiRoute({ summary: "A candidate's documents, with their status (a candidate lists only their own)", success: { status: 200, description: 'The documents', schema: z.array(documentView) } })
  async list(@IdParam('candidateId') candidateId: string): Promise<DocumentView[]> {
    return (await this.records.ofCandidate(candidateId)).map(viewOf);
  }

  @Get('documents/:documentId/pdf')
  @Authorize(readers)
  @ApiRoute({
    summary: 'Download a document as PDF/A-3 (a candidate only their own); 410 once the candidate was erased',
    success: { status: 200, description: 'The PDF', schema: z.string(), contentType: 'application/pdf' },
    errors: [404, { status: 410, description: "The candidate's personal data was erased" }],
  })
  async pdf(@IdParam('documentId') documentId: string, @Res() response: Response): Promise<void> {
    const { issued, produced } = await this.records.find(documentId);
    if (!produced) throw new NotFoundException(`document ${documentId} has no PDF in this region`);
    const found = await this.sealed.read(produced.pdfId);
    if (found.status === 'missing') throw new NotFoundException(`the PDF of document ${documentId} is missing`);
    if (found.status === 'erased') {
      throw new GoneException(`candidate ${issued.candidateId}'s personal data was erased${issued.erasedOn ? ` on ${issued.erasedOn}` : ''}: the PDF, which bears their name, can no longer be produced; its credential still verifies`);
    }
    response.setHeader('content-type', 'application/pdf');
    response.setHeader('x-content-sha256', found.sha256);
    response.send(found.content);
  }

  @Get('documents/:documentId/credential')
  @Authorize(readers)
  @ApiRoute({ summary: "A document's signed credential(s): one for a parchemin, one per CCP a livret version added", success: { status: 200, description: 'The credentials', schema: z.array(z.record(z.string(), z.unknown())) }, errors: [404] })
  async credential(@IdParam('documentId') documentId: string): Promise<Record<string, unknown>[]> {
    const { produced } = await this.records.find(documentId);
    if (!produced) throw new NotFoundException(`document ${documentId} has no credential in this region`);
    return produced.credentials;
  }

  @Post('documents/:documentId/revocation')
  @Authorize({ 'regional-officer': ownRegionOn('issuing-region') })
  @ApiRoute({
    summary: 'Revoke a document, with the reason (the issuing office only); its status list entry is set',
    success: { status: 200, description: 'Revoked', schema: z.object({ documentId: z.string() }) },
    errors: [400, 403, 404, 409],
    body: { schema: revocationBody },
  })
  async revoke(@IdParam('documentId') documentId: string, @Body() body: unknown, @CurrentCaller() caller: Caller, @Origin() origin: CommandOrigin): Promise<{ documentId: string }> {
    const { reason } = valueOrThrow(parseInput(revocationBody, body));
    const { issued } = await this.records.find(documentId);
    const command = valueOrThrow(parseRevokeDocument({ candidateId: issued.candidateId, documentId, reason, officerId: caller.subject, officerRegion: regionOf(caller) }));
    await this.commands.execute(new StreamCommand(documents.stream(issued.candidateId), command, origin));
    return { documentId };
  }
}
