import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { DataSource } from 'typeorm';
import type { IssuanceConfig } from '../config/issuance-config';
import { emptyStatusList, signStatusListCredential, verifyCredential, type IssuerRegistry, type JsonObject, type VerificationOutcome, type VerificationReport } from '@titrepro/credentials';
import { ISSUER_REGISTRY } from '../production/issuer-registry.provider';
import { StatusListRow } from '../read-models/status-list.entity';

/** The answer of `POST /verify`: the worst outcome of the credentials, and each one's report. */
export interface VerificationAnswer {
  readonly outcome: VerificationOutcome | 'no-credential';
  readonly reasons: readonly string[];
  readonly credentials: readonly VerificationReport[];
}

// The worst first: one tampered credential makes the whole document tampered.
const SEVERITY: readonly VerificationOutcome[] = ['tampered', 'unknown-issuer', 'revoked', 'valid'];

/**
 * Verifies credentials as any verifier would, against this region's published status lists (signed
 * on the fly from the bits it keeps) and every region's did:web documents of the configuration.
 */
@Injectable()
export class Verification {
  private readonly signedLists = new Map<number, { readonly encodedList: string; readonly credential: JsonObject }>();

  constructor(
    @Inject(ISSUER_REGISTRY) private readonly issuers: IssuerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
  ) {}

  /**
   * This region's status list `list` (131,072 entries; all clear until a revocation), signed once
   * per version of its bits: every verification reads it, and signing is the dearer half.
   */
  async statusListCredential(list: number): Promise<JsonObject> {
    const row = await this.dataSource.getRepository(StatusListRow).findOneBy({ list });
    const encodedList = row?.encodedList ?? (await emptyStatusList());
    const cached = this.signedLists.get(list);
    if (cached?.encodedList === encodedList) return cached.credential;
    const url = this.issuers.statusListUrl(this.config.REGION, list);
    const credential = await signStatusListCredential(this.issuers, { region: this.config.REGION, url, encodedList });
    this.signedLists.set(list, { encodedList, credential });
    return credential;
  }

  async verify(credentials: readonly unknown[]): Promise<VerificationAnswer> {
    if (credentials.length === 0) return { outcome: 'no-credential', reasons: ['no credential was found to verify'], credentials: [] };
    const reports: VerificationReport[] = [];
    for (const credential of credentials) reports.push(await verifyCredential(this.issuers, credential, { statusListCredentialAt: (url) => this.statusListAt(url) }));
    const outcome = SEVERITY.find((candidate) => reports.some((report) => report.outcome === candidate)) ?? 'valid';
    return { outcome, reasons: reports.flatMap((report) => report.reasons), credentials: reports };
  }

  /** Our lists by their published URL; another region's lists are that region's to serve. */
  private async statusListAt(url: string): Promise<JsonObject | undefined> {
    const prefix = this.issuers.statusListUrl(this.config.REGION, 0).replace(/0$/, '');
    if (!url.startsWith(prefix)) return undefined;
    const list = Number(url.slice(prefix.length));
    return Number.isSafeInteger(list) && list >= 0 ? this.statusListCredential(list) : undefined;
  }
}
