import { Inject, Injectable } from '@nestjs/common';
import { CapitalisationWindowClosedV1, CcpAwardedV1, CcsAwardedV1, DecisionRectifiedV1, TitleAwardedV1, type PayloadOf } from '@titrepro/contracts';
import { parseCloseCapitalisationWindow, parseRecordAward, parseRecordCapitalisationWindowClosure, parseRecordRectifiedAward, type CandidateFileCommand } from '@titrepro/domain-jury';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { byContract, on, type ConsumedEvent } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { consumedCommand, type ConsumedCommands, type ConsumerDefinition } from '@titrepro/service-kit';
import type { JuryConfig } from '../config/jury-config';
import { candidateFiles } from '../jury-aggregates';
import { sourceOf } from './event-facts';

/** What a decision of any kind says of itself, as the awards record it. */
type DecisionEvent = Pick<ConsumedEvent, 'eventId' | 'source'> & {
  readonly payload: { readonly candidateId: string; readonly decisionId: string; readonly sessionId: string; readonly region: string; readonly titleCode: string; readonly decidedOn: string };
};

/** What a rectified decision awards now. */
const rectifiedAward = ({ outcome, ccpCodesAwarded, ccsCode }: PayloadOf<typeof DecisionRectifiedV1>): Record<string, unknown> => {
  switch (outcome.kind) {
    case 'title-awarded':
      return { kind: 'title', ccpCodes: ccpCodesAwarded };
    case 'title-not-awarded':
      return outcome.ccpCodesAwarded.length > 0 ? { kind: 'ccps', ccpCodes: outcome.ccpCodesAwarded } : { kind: 'none' };
    case 'ccs-awarded':
      return { kind: 'ccs', ccsCode };
    default:
      return { kind: 'none' };
  }
};

/** A decision's facts as the file records an award. */
const decisionOf = (event: DecisionEvent) => {
  const { candidateId, decisionId, sessionId, region, titleCode, decidedOn } = event.payload;
  return { candidateId, decisionId, sessionId, region, titleCode, awardedOn: decidedOn, source: sourceOf(event) };
};

/**
 * The awards of the juries of every region, this one included: the CCPs, titles and CCSs a candidate
 * holds, wherever they were decided (capitalisation across regions). After each, the home region
 * checks whether the candidate's capitalisation window has already run out; a window another
 * region announced closed is noted.
 */
@Injectable()
export class JuryAwardsConsumer implements ConsumerDefinition {
  readonly name = 'jury-awards';
  readonly contexts = ['jury'] as const;
  // CCPs, titles and CCSs held elsewhere count here (capitalisation across regions).
  readonly candidates = 'every-region';

  constructor(@Inject(SERVICE_CONFIG) private readonly config: JuryConfig) {}

  readonly commandsFor = byContract(
    on(TitleAwardedV1, (event) => this.awarded(event, parseRecordAward({ ...decisionOf(event), award: { kind: 'title', ccpCodes: event.payload.ccpCodes } }))),
    on(CcpAwardedV1, (event) => this.awarded(event, parseRecordAward({ ...decisionOf(event), award: { kind: 'ccps', ccpCodes: event.payload.ccpCodes } }))),
    on(CcsAwardedV1, (event) => this.awarded(event, parseRecordAward({ ...decisionOf(event), award: { kind: 'ccs', ccsCode: event.payload.ccsCode } }))),
    on(DecisionRectifiedV1, (event) => this.awarded(event, parseRecordRectifiedAward({ ...decisionOf(event), award: rectifiedAward(event.payload) }))),
    // A window announced closed by the home region of the time: never announced again from here.
    on(CapitalisationWindowClosedV1, (event) => {
      const { candidateId, titleCode, windowStart, windowEnd } = event.payload;
      return consumedCommand(candidateFiles.stream(candidateId), parseRecordCapitalisationWindowClosure({ candidateId, titleCode, windowStart, windowEnd, source: sourceOf(event) }));
    }),
  );

  /** The award, then whether the candidate's capitalisation window has already run out (decided in the home region only). */
  private awarded(event: DecisionEvent, award: Result<CandidateFileCommand, DomainError>): ConsumedCommands {
    const { candidateId, titleCode } = event.payload;
    const file = candidateFiles.stream(candidateId);
    return [...consumedCommand(file, award), ...consumedCommand(file, parseCloseCapitalisationWindow({ candidateId, titleCode, deploymentRegion: this.config.REGION }))];
  }
}
