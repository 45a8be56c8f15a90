import { BadRequestException, Body, Controller, Get, Headers, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { regionCode } from '@titrepro/domain-kernel';
import { ApiRoute, IdParam, PathParam, Public, SERVICE_CONFIG } from '@titrepro/platform-nest';
import { z } from 'zod';
import type { IssuanceConfig } from '../config/issuance-config';
import { type IssuerRegistry, type JsonObject } from '@titrepro/credentials';
import { DocumentRecords } from '../documents/document-records';
import { ISSUER_REGISTRY } from '../production/issuer-registry.provider';
import { embeddedFiles } from './pdf-attachments';
import { Verification, type VerificationAnswer } from './verification';

const report = z.object({ outcome: z.string(), reasons: z.array(z.string()), issuer: z.string().optional(), credentialId: z.string().optional() });
const answer = z.object({ outcome: z.enum(['valid', 'revoked', 'tampered', 'unknown-issuer', 'no-credential']), reasons: z.array(z.string()), credentials: z.array(report) });
const document = z.record(z.string(), z.unknown());
/** A status list's number, as its URL carries it. */
const listNumber = z.string().regex(/^\d{1,9}$/, { message: 'must be the number of a status list' }).transform(Number);

/** A credential as issued: what `GET /documents/:documentId/credential` answers, or a PDF's `credential.json`. */
const signedCredential = {
  type: 'object',
  description: 'A signed W3C VC 2.0 / Open Badges 3.0 credential with its Data Integrity proof (eddsa-rdfc-2022), as issued',
  required: ['@context', 'type', 'issuer', 'credentialSubject', 'proof'],
  properties: {
    '@context': { type: 'array', items: { type: 'string' } },
    id: { type: 'string', description: 'urn:uuid:…' },
    type: { type: 'array', items: { type: 'string' }, description: 'VerifiableCredential, OpenBadgeCredential' },
    issuer: { type: 'object', description: "The issuing region's did:web profile", properties: { id: { type: 'string' }, type: { type: 'array', items: { type: 'string' } }, name: { type: 'string' } } },
    name: { type: 'string' },
    validFrom: { type: 'string' },
    credentialSubject: { type: 'object', description: 'The achievement and the holder, as a salted hash of their name' },
    credentialStatus: { type: 'object', description: 'Its entry in the issuing region’s revocation list (BitstringStatusListEntry)' },
    evidence: { type: 'array', items: { type: 'object' } },
    proof: { type: 'object', description: 'DataIntegrityProof, eddsa-rdfc-2022' },
  },
} as const;

/** `POST /verify`'s body, by media type (one schema: Nest documents the same for each type the route consumes). */
const verifiedBody = {
  description:
    'application/json: one credential, or the array of a livret’s credentials (`GET /documents/:documentId/credential`). application/pdf: a parchemin or livret as downloaded, whose attached credential.json is verified (at most 20 MB).',
  required: true,
  schema: {
    oneOf: [
      { ...signedCredential },
      { type: 'array', items: signedCredential, minItems: 1, description: 'A livret’s credentials, one per CCP' },
      { type: 'string', format: 'binary', description: 'application/pdf: the document’s bytes' },
    ],
  },
};

/** The credentials a request brings: one, several (a livret's), or those attached to a PDF. */
const credentialsIn = (body: unknown, contentType: string | undefined): unknown[] => {
  if (Buffer.isBuffer(body)) {
    if (!(contentType ?? '').startsWith('application/pdf')) throw new BadRequestException('body: send a credential as JSON, or a PDF as application/pdf');
    return embeddedFiles(body).flatMap((file) => {
      try {
        const parsed: unknown = JSON.parse(file.toString('utf8'));
        return Array.isArray(parsed) ? parsed : [parsed];
      } catch {
        return [];
      }
    });
  }
  if (typeof body !== 'object' || body === null) throw new BadRequestException('body: send a credential as JSON, or a PDF as application/pdf');
  return Array.isArray(body) ? body : [body];
};

/**
 * What anyone may check without an account: a credential or a PDF (valid, revoked, tampered or
 * unknown issuer, with the reasons), the regions' did:web documents and this region's status lists.
 */
@ApiTags('verification')
@Controller()
@Public()
export class PublicVerificationController {
  constructor(
    private readonly verification: Verification,
    private readonly records: DocumentRecords,
    @Inject(ISSUER_REGISTRY) private readonly issuers: IssuerRegistry,
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
  ) {}

  @Post('verify')
  @ApiRoute({
    summary: 'Verify a credential (JSON) or a parchemin or livret (application/pdf): valid, revoked, tampered or unknown issuer, with the reasons',
    success: { status: 200, description: 'The verdict', schema: answer },
    errors: [400, 415],
    consumes: ['application/json', 'application/pdf'],
  })
  @ApiBody(verifiedBody)
  verify(@Body() body: unknown, @Headers('content-type') contentType: string | undefined): Promise<VerificationAnswer> {
    return this.verification.verify(credentialsIn(body, contentType));
  }

  @Get('documents/:documentId/verification')
  @ApiRoute({ summary: "A document's credentials verified (the address its QR code carries)", success: { status: 200, description: 'The verdict', schema: answer }, errors: [404] })
  async document(@IdParam('documentId') documentId: string): Promise<VerificationAnswer> {
    const { produced } = await this.records.find(documentId);
    if (!produced) throw new NotFoundException(`document ${documentId} was not issued by this region`);
    return this.verification.verify(produced.credentials);
  }

  @Get('regions/:region/did.json')
  @ApiRoute({ summary: "A region's did:web document: its Multikey verification methods, old keys included", success: { status: 200, description: 'The DID document', schema: document }, errors: [404] })
  did(@PathParam('region', regionCode) region: string): JsonObject {
    if (!this.issuers.regions().includes(region)) throw new NotFoundException(`region ${region} is not an issuer here`);
    return this.issuers.didDocumentOf(region) as unknown as JsonObject;
  }

  @Get('regions/:region/status-lists/:list')
  @ApiRoute({ summary: "This region's revocation list (BitstringStatusListCredential, 131,072 entries), signed", success: { status: 200, description: 'The status list credential', schema: document }, errors: [404] })
  regionStatusList(@PathParam('region', regionCode) region: string, @PathParam('list', listNumber) list: number): Promise<JsonObject> {
    if (region !== this.config.REGION) throw new NotFoundException(`region ${region}'s status lists are served by region ${region}`);
    return this.verification.statusListCredential(list);
  }

  @Get('status-lists/:list')
  @ApiRoute({ summary: "This region's revocation list number `list`, as under /regions/:region/status-lists/:list", success: { status: 200, description: 'The status list credential', schema: document }, errors: [400] })
  statusList(@PathParam('list', listNumber) list: number): Promise<JsonObject> {
    return this.verification.statusListCredential(list);
  }
}
