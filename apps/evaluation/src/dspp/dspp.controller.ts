import { Controller, GoneException, Inject, NotFoundException, Post, Get, Res, UnsupportedMediaTypeException, UseInterceptors, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { parseSubmitDspp } from '@titrepro/domain-evaluation';
import { withPgTransaction, type PostgresEventStore } from '@titrepro/event-store';
import { ApiRoute, Authorize, CurrentCaller, valueOrThrow, type Caller, IdParam, OWN_REGION, OWN_FILE } from '@titrepro/platform-nest';
import { detectDocumentType, EVENT_STORE, ID_SOURCE, Origin, SealedDocuments, StreamCommand, type CommandOrigin, type IdSource } from '@titrepro/service-kit';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { evaluations } from '../evaluation-aggregates';
import { checkDsppUpload, inUploadTerms } from './dspp-upload-fields';
import { DsppUploadInterceptor, type UploadedDocument } from './dspp-upload.interceptor';

const submitted = z.object({ submissionId: z.string(), documents: z.array(z.object({ ccpCode: z.string(), documentId: z.string(), sha256: z.string(), size: z.number(), mediaType: z.string() })) });

/**
 * The DSPP: one document per activité type, uploaded as multipart/form-data (one field per CCP
 * code). The type is read from the content, not the name or header; the content is sealed with
 * the candidate's key in this service's database, and the events carry its SHA-256, size and type.
 */
@ApiTags('evidence')
@Controller('candidates/:candidateId')
export class DsppController {
  constructor(
    private readonly commands: CommandBus,
    private readonly documents: SealedDocuments,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  @Post('pathways/:pathwayId/dspp')
  @Authorize({ candidate: OWN_FILE, 'regional-officer': OWN_REGION })
  @UseInterceptors(DsppUploadInterceptor)
  @ApiRoute({
    summary: 'Submit the DSPP: one PDF, ODT or DOCX document per activité type, fields named by CCP code; supersedes the previous submission',
    consumes: ['multipart/form-data'],
    body: { schema: { type: 'object', description: 'One file per activité type, each field named by its CCP code (CCP1, CCP2…); no other field', additionalProperties: { type: 'string', format: 'binary' } } },
    success: { status: 201, description: 'Submitted', schema: submitted },
    errors: [400, 404, 409, { status: 413, description: 'A document is over DSPP_MAX_BYTES' }, { status: 415, description: 'A document is not a PDF, ODT or DOCX by its content' }],
  })
  async submit(
    @IdParam('candidateId') candidateId: string,
    @IdParam('pathwayId') pathwayId: string,
    @Req() request: Request,
    @CurrentCaller() caller: Caller,
    @Origin() origin: CommandOrigin,
  ): Promise<z.infer<typeof submitted>> {
    const uploaded = (request as Request & { files?: UploadedDocument[] }).files ?? [];
    checkDsppUpload(request.body, uploaded);
    const files = uploaded.map((file) => {
      const mediaType = detectDocumentType(file.buffer);
      if (!mediaType) {
        throw new UnsupportedMediaTypeException(`${file.fieldname}: the content of ${JSON.stringify(file.originalname.slice(0, 200))} is not a PDF, ODT or DOCX document, whatever its name or declared type (${file.mimetype})`);
      }
      return { ...file, mediaType };
    });
    const submissionId = this.ids.newId();
    // The sealed contents and the event commit together: a refused submission stores nothing.
    return withPgTransaction(this.store.pool, async (client) => {
      const documents = [];
      for (const file of files) {
        const stored = await this.documents.store({ subjectId: candidateId, content: file.buffer, mediaType: file.mediaType }, client);
        documents.push({ ccpCode: file.fieldname, documentId: stored.documentId, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType });
      }
      try {
        const command = valueOrThrow(parseSubmitDspp({ candidateId, pathwayId, submissionId, submittedBy: caller.subject, documents }));
        await this.commands.execute(new StreamCommand(evaluations.stream(candidateId), command, { ...origin, transaction: client }));
      } catch (error) {
        throw inUploadTerms(error, files);
      }
      return { submissionId, documents };
    });
  }

  @Get('dspp/documents/:documentId')
  @Authorize({ candidate: OWN_FILE, 'regional-officer': OWN_REGION, auditor: OWN_REGION })
  @ApiRoute({
    summary: 'Download one DSPP document (a candidate only their own); 410 once the candidate was erased',
    success: { status: 200, description: 'The document', schema: z.string(), contentType: 'application/octet-stream' },
    errors: [404, { status: 410, description: "The candidate's personal data was erased" }],
  })
  async download(@IdParam('candidateId') candidateId: string, @IdParam('documentId') documentId: string, @CurrentCaller() caller: Caller, @Res() response: Response): Promise<void> {
    const found = /^[0-9a-f-]{36}$/.test(documentId) ? await this.documents.read(documentId) : { status: 'missing' as const };
    if (found.status === 'missing' || found.subjectId !== candidateId) throw new NotFoundException(`document ${documentId} of candidate ${candidateId} does not exist`);
    if (found.status === 'erased') throw new GoneException(`candidate ${candidateId}'s personal data was erased: the document can no longer be read`);
    response.setHeader('content-type', found.mediaType);
    response.setHeader('x-content-sha256', found.sha256);
    response.send(found.content);
  }
}
