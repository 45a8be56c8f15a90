import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BookletIssued, DocumentsEvent, ParchmentIssued } from '@titrepro/domain-issuance';
import type { CalendarDate } from '@titrepro/domain-kernel';
import { referential, type Title } from '@titrepro/domain-referential';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { SealedDocuments } from '@titrepro/service-kit';
import type { DataSource } from 'typeorm';
import type { IssuanceConfig } from '../config/issuance-config';
import { issueCredential, type IssuedCredential, type IssuerRegistry, type JsonObject } from '@titrepro/credentials';
import { formatFrenchDate, renderBooklet, renderParchment } from '@titrepro/documents-pdf';
import { ProducedDocument } from '../read-models/produced-document.entity';
import { positionOf } from '../status-lists/status-list-entries';
import { HolderNames } from './holder-names';
import { ISSUER_REGISTRY } from './issuer-registry.provider';
import { regionRef } from './region-names';

const titleOf = (titleCode: string, on: CalendarDate): Title => {
  const title = referential.titleValidAt(titleCode, on) ?? referential.findTitle(titleCode);
  if (!title) throw new Error(`title ${titleCode} is not in the référentiel`);
  return title;
};

/** The evidence a credential names: the session, by its date and region (the lib writes « Session de validation » before it). */
const sessionOf = (data: { readonly sessionId: string; readonly decidedOn: CalendarDate; readonly issuerRegion: string }): { id: string; label: string } => ({
  id: data.sessionId,
  label: `du ${formatFrenchDate(data.decidedOn)}, ${regionRef(data.issuerRegion).name}`,
});

/** The line under the QR code: the salt the holder shows with their name to prove the credential is theirs. */
const holderProofLine = (credentials: readonly IssuedCredential[]): string =>
  `Preuve d'identité du titulaire (sel de l'empreinte) : ${credentials.map((credential) => credential.salt).join(' · ')}`;

/**
 * Produces what an issued document is made of, before the event that issues it is stored: the
 * signed Open Badges credential(s) and the PDF (the holder's name fetched from this region's
 * registry, printed, then sealed with the candidate's key). Only the region whose jury decided
 * produces (ISSUER): it alone holds that region's signing key.
 */
@Injectable()
export class DocumentArtifacts {
  constructor(
    private readonly names: HolderNames,
    private readonly sealed: SealedDocuments,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ISSUER_REGISTRY) private readonly issuers: IssuerRegistry,
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
  ) {}

  /** Produces every document the decided events issue; already produced ones are left as they are. */
  async produceFor(events: readonly DocumentsEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'ParchmentIssued') await this.once(event.data.documentId, () => this.parchment(event));
      if (event.type === 'BookletIssued') await this.once(event.data.documentId, () => this.booklet(event));
    }
  }

  verificationUrl(documentId: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/documents/${encodeURIComponent(documentId)}/verification`;
  }

  private async once(documentId: string, produce: () => Promise<void>): Promise<void> {
    if (await this.dataSource.getRepository(ProducedDocument).existsBy({ documentId })) return;
    await produce();
  }

  private async parchment({ data }: ParchmentIssued): Promise<void> {
    const title = titleOf(data.achievement.titleCode, data.decidedOn);
    const holderName = await this.names.nameOf(data.candidateId);
    const award = data.achievement.kind === 'ccs' && data.achievement.ccsCode ? { kind: 'ccs' as const, title, ccsCode: data.achievement.ccsCode } : { kind: 'title' as const, title };
    const credential = await issueCredential(this.issuers, {
      region: data.issuerRegion,
      award,
      holderName,
      decisionDate: data.decidedOn,
      status: positionOf(data.statusListIndex),
      session: sessionOf(data),
    });
    const pdf = await renderParchment({
      title,
      candidateName: holderName,
      region: regionRef(data.issuerRegion),
      issuingOffice: this.issuers.profileOf(data.issuerRegion).name,
      verificationUrl: this.verificationUrl(data.documentId),
      credentialJson: JSON.stringify(credential.credential, null, 2),
      reference: holderProofLine([credential]),
      award: award.kind === 'ccs' ? { kind: 'ccs', ccsCode: award.ccsCode } : { kind: 'title' },
      decisionDate: data.decidedOn,
    });
    await this.keep(data.documentId, data.candidateId, 'parchment', [credential.credential], pdf);
  }

  private async booklet({ data }: BookletIssued): Promise<void> {
    const title = titleOf(data.titleCode, data.decidedOn);
    const holderName = await this.names.nameOf(data.candidateId);
    // The livret's credentials attest the CCPs of this region's decision; CCPs of other regions are listed, attested there.
    const credentials: IssuedCredential[] = [];
    for (const ccpCode of data.ccpCodes) {
      credentials.push(
        await issueCredential(this.issuers, {
          region: data.issuerRegion,
          award: { kind: 'ccp', title, ccpCode },
          holderName,
          decisionDate: data.decidedOn,
          status: positionOf(data.statusListIndex),
          session: sessionOf(data),
        }),
      );
    }
    const attached: JsonObject[] = credentials.map((credential) => credential.credential);
    const pdf = await renderBooklet({
      title,
      candidateName: holderName,
      region: regionRef(data.issuerRegion),
      issuingOffice: this.issuers.profileOf(data.issuerRegion).name,
      verificationUrl: this.verificationUrl(data.documentId),
      credentialJson: JSON.stringify(attached, null, 2),
      reference: holderProofLine(credentials),
      ccps: data.entries
        .filter((entry) => entry.titleCode === data.titleCode)
        .map((entry) => ({ ccpCode: entry.ccpCode, obtainedOn: entry.obtainedOn, sessionId: entry.sessionId, region: regionRef(entry.region) })),
    });
    await this.keep(data.documentId, data.candidateId, 'booklet', attached, pdf);
  }

  private async keep(documentId: string, candidateId: string, kind: 'parchment' | 'booklet', credentials: JsonObject[], pdf: Buffer): Promise<void> {
    const stored = await this.sealed.store({ subjectId: candidateId, content: pdf, mediaType: 'application/pdf' });
    const row: ProducedDocument = { documentId, candidateId, kind, credentials: credentials as Record<string, unknown>[], pdfId: stored.documentId, pdfSha256: stored.sha256 };
    await this.dataSource.getRepository(ProducedDocument).save(row);
  }
}
