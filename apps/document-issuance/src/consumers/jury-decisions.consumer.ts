import { Inject, Injectable } from '@nestjs/common';
import { CcpAwardedV1, CcsAwardedV1, DecisionRectifiedV1, TitleAwardedV1 } from '@titrepro/contracts';
import { parseRecordCcpAward, parseRecordCcsAward, parseRecordRectification, parseRecordTitleAward, type DocumentsCommand, type DocumentsEvent } from '@titrepro/domain-issuance';
import { valueOrRefusal, type DomainError, type Result } from '@titrepro/domain-kernel';
import { byContract, on } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { ID_SOURCE, type ConsumedCommand, type ConsumerDefinition, type IdSource } from '@titrepro/service-kit';
import type { IssuanceConfig } from '../config/issuance-config';
import { documents } from '../issuance-aggregates';
import { DocumentArtifacts } from '../production/document-artifacts';
import { StatusListEntries } from '../status-lists/status-list-entries';

/** What the issuance records of every decision it consumes: the jury's, named in the payload. */
interface JuryDecision {
  readonly candidateId: string;
  readonly decisionId: string;
  readonly sessionId: string;
  readonly region: string;
  readonly titleCode: string;
  readonly decidedOn: string;
}

const decisionOf = ({ candidateId, decisionId, sessionId, region, titleCode, decidedOn }: JuryDecision) => ({ candidateId, decisionId, sessionId, region, titleCode, decidedOn });

/**
 * The juries' decisions of every region become the candidate's documents. The region whose jury
 * decided issues them (ISSUER); every other region holds the CCPs, for the livrets it issues
 * later. The credential and the PDF of each document the decision issues are produced (and sealed)
 * between the decision and the append of the event naming them (the command's beforeAppend); a
 * redelivered or duplicated award decides nothing and produces nothing.
 */
@Injectable()
export class JuryDecisionsConsumer implements ConsumerDefinition {
  readonly name = 'jury-decisions';
  readonly contexts = ['jury'] as const;
  // Another region's awards are held here, for the livrets this region issues later (ISSUER).
  readonly candidates = 'every-region';

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
    private readonly entries: StatusListEntries,
    private readonly artifacts: DocumentArtifacts,
  ) {}

  readonly commandsFor = byContract(
    on(TitleAwardedV1, async ({ payload }) => this.commandsOf(payload, parseRecordTitleAward({ ...this.decision(payload), ccpCodes: payload.ccpCodes, ...(await this.newDocument(payload, false)) }))),
    on(CcsAwardedV1, async ({ payload }) => this.commandsOf(payload, parseRecordCcsAward({ ...this.decision(payload), ccsCode: payload.ccsCode, ...(await this.newDocument(payload, false)) }))),
    on(CcpAwardedV1, async ({ payload }) => this.commandsOf(payload, parseRecordCcpAward({ ...this.decision(payload), ccpCodes: payload.ccpCodes, ...(await this.newDocument(payload, false)) }))),
    on(DecisionRectifiedV1, async ({ payload }) =>
      this.commandsOf(
        payload,
        parseRecordRectification({
          ...this.decision(payload),
          rectificationId: payload.rectificationId,
          outcome: payload.outcome,
          ccpCodesAwarded: payload.ccpCodesAwarded,
          ccsCode: payload.ccsCode,
          reissue: await this.newDocument(payload, true),
        }),
      ),
    ),
  );

  /** Decided once, by the kit's command handler: what it decides is produced before it is stored (beforeAppend). */
  private commandsOf(decision: JuryDecision, parsed: Result<DocumentsCommand, DomainError>): readonly ConsumedCommand[] {
    const command = valueOrRefusal(parsed);
    return [{ stream: documents.stream(decision.candidateId), command, beforeAppend: (decided: readonly DocumentsEvent[]) => this.artifacts.produceFor(decided) }];
  }

  private decision(decision: JuryDecision) {
    return { ...decisionOf(decision), issuingRegion: this.config.REGION };
  }

  /**
   * The id and revocation entry a document would take. An award of another region issues nothing
   * here (its entry is never used); a rectification, even of another region's decision, may
   * reissue our own livret, so it always gets a real entry.
   */
  private async newDocument(decision: JuryDecision, rectification: boolean): Promise<{ documentId: string; statusListIndex: number }> {
    const mayIssue = decision.region === this.config.REGION || rectification;
    return { documentId: this.ids.newId(), statusListIndex: mayIssue ? await this.entries.next() : 0 };
  }
}
