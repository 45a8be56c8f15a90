import { Inject, Injectable } from '@nestjs/common';
import { documentsDecider, parseRecordCcpAward, parseRecordCcsAward, parseRecordRectification, parseRecordTitleAward, type DocumentsCommand } from '@titrepro/domain-issuance';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import type { EventStore } from '@titrepro/event-store';
import { PermanentHandlerError, type ConsumedEvent } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { CLOCK, EVENT_STORE, ID_SOURCE, stateOf, type Clock, type ConsumedCommand, type ConsumerDefinition, type IdSource } from '@titrepro/service-kit';
import type { IssuanceConfig } from '../config/issuance-config';
import { documents } from '../issuance-aggregates';
import { DocumentArtifacts } from '../production/document-artifacts';
import { StatusListEntries } from '../status-lists/status-list-entries';

const field = (event: ConsumedEvent, name: string): unknown => event.payload[name];

/**
 * The juries' decisions of every region become the candidate's documents. The region whose jury
 * decided issues them (ISSUER); every other region holds the CCPs, for the livrets it issues
 * later. The decision is previewed with the pure decider on the stream's state, so that the
 * credential and the PDF of each document it issues are produced (and sealed) before the event
 * naming them is stored; a redelivered or duplicated award decides nothing and produces nothing.
 */
@Injectable()
export class JuryDecisionsConsumer implements ConsumerDefinition {
  readonly name = 'jury-decisions';
  readonly contexts = ['jury'] as const;
  // Another region's awards are held here, for the livrets this region issues later (ISSUER).
  readonly candidates = 'every-region';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: IssuanceConfig,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly entries: StatusListEntries,
    private readonly artifacts: DocumentArtifacts,
  ) {}

  async commandsFor(event: ConsumedEvent): Promise<readonly ConsumedCommand[]> {
    const parsed = await this.commandOf(event);
    if (parsed === null) return [];
    if (!parsed.ok) throw new PermanentHandlerError(`refused: ${parsed.error.message}`);
    const stream = documents.stream(event.payload.candidateId);
    const preview = documentsDecider.decide(parsed.value, await stateOf(this.store, stream), { now: this.clock.now() });
    if (!preview.ok) throw new PermanentHandlerError(`refused: ${preview.error.message}`);
    if (preview.value.length === 0) return [];
    await this.artifacts.produceFor(preview.value);
    return [{ stream, command: parsed.value }];
  }

  private async commandOf(event: ConsumedEvent): Promise<Result<DocumentsCommand, DomainError> | null> {
    const decision = {
      candidateId: event.payload.candidateId,
      decisionId: field(event, 'decisionId'),
      sessionId: field(event, 'sessionId'),
      region: field(event, 'region'),
      titleCode: field(event, 'titleCode'),
      decidedOn: field(event, 'decidedOn'),
      issuingRegion: this.config.REGION,
    };
    switch (event.type) {
      case 'TitleAwarded':
        return parseRecordTitleAward({ ...decision, ccpCodes: field(event, 'ccpCodes'), ...(await this.newDocument(event)) });
      case 'CcsAwarded':
        return parseRecordCcsAward({ ...decision, ccsCode: field(event, 'ccsCode'), ...(await this.newDocument(event)) });
      case 'CcpAwarded':
        return parseRecordCcpAward({ ...decision, ccpCodes: field(event, 'ccpCodes'), ...(await this.newDocument(event)) });
      case 'DecisionRectified':
        return parseRecordRectification({
          ...decision,
          rectificationId: field(event, 'rectificationId'),
          outcome: field(event, 'outcome'),
          ccpCodesAwarded: field(event, 'ccpCodesAwarded'),
          ccsCode: field(event, 'ccsCode'),
          reissue: await this.newDocument(event),
        });
      default:
        return null;
    }
  }

  /**
   * The id and revocation entry a document would take. An award of another region issues nothing
   * here (its entry is never used); a rectification, even of another region's decision, may
   * reissue our own livret, so it always gets a real entry.
   */
  private async newDocument(event: ConsumedEvent): Promise<{ documentId: string; statusListIndex: number }> {
    const mayIssue = field(event, 'region') === this.config.REGION || event.type === 'DecisionRectified';
    return { documentId: this.ids.newId(), statusListIndex: mayIssue ? await this.entries.next() : 0 };
  }
}
