import { Inject, Injectable } from '@nestjs/common';
import { parseCloseCapitalisationWindow, parseRecordAward, parseRecordCapitalisationWindowClosure, parseRecordRectifiedAward } from '@titrepro/domain-jury';
import type { ConsumedEvent } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import { consumedCommand, type ConsumedCommand, type ConsumerDefinition } from '@titrepro/service-kit';
import type { JuryConfig } from '../config/jury-config';
import { candidateFiles } from '../jury-aggregates';
import { field, sourceOf } from './event-facts';

type Outcome = { readonly kind: string; readonly ccpCodesAwarded?: readonly string[] };

/** What a rectified decision awards now. */
const rectifiedAward = (event: ConsumedEvent): Record<string, unknown> => {
  const outcome = field(event, 'outcome') as Outcome;
  switch (outcome.kind) {
    case 'title-awarded':
      return { kind: 'title', ccpCodes: field(event, 'ccpCodesAwarded') };
    case 'title-not-awarded':
      return outcome.ccpCodesAwarded && outcome.ccpCodesAwarded.length > 0 ? { kind: 'ccps', ccpCodes: outcome.ccpCodesAwarded } : { kind: 'none' };
    case 'ccs-awarded':
      return { kind: 'ccs', ccsCode: field(event, 'ccsCode') };
    default:
      return { kind: 'none' };
  }
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

  commandsFor(event: ConsumedEvent): readonly ConsumedCommand[] {
    if (event.type === 'CapitalisationWindowClosed') return this.closureOf(event);
    const award = this.awardOf(event);
    if (award === null) return [];
    const candidateId = event.payload.candidateId;
    const file = candidateFiles.stream(candidateId);
    return [
      ...award,
      ...consumedCommand(file, parseCloseCapitalisationWindow({ candidateId, titleCode: field(event, 'titleCode'), deploymentRegion: this.config.REGION })),
    ];
  }

  /** A window announced closed by the home region of the time: never announced again from here. */
  private closureOf(event: ConsumedEvent): readonly ConsumedCommand[] {
    const candidateId = event.payload.candidateId;
    return consumedCommand(
      candidateFiles.stream(candidateId),
      parseRecordCapitalisationWindowClosure({ candidateId, titleCode: field(event, 'titleCode'), windowStart: field(event, 'windowStart'), windowEnd: field(event, 'windowEnd'), source: sourceOf(event) }),
    );
  }

  private awardOf(event: ConsumedEvent): readonly ConsumedCommand[] | null {
    const candidateId = event.payload.candidateId;
    const file = candidateFiles.stream(candidateId);
    const decision = {
      candidateId,
      decisionId: field(event, 'decisionId'),
      sessionId: field(event, 'sessionId'),
      region: field(event, 'region'),
      titleCode: field(event, 'titleCode'),
      awardedOn: field(event, 'decidedOn'),
      source: sourceOf(event),
    };
    switch (event.type) {
      case 'TitleAwarded':
        return consumedCommand(file, parseRecordAward({ ...decision, award: { kind: 'title', ccpCodes: field(event, 'ccpCodes') } }));
      case 'CcpAwarded':
        return consumedCommand(file, parseRecordAward({ ...decision, award: { kind: 'ccps', ccpCodes: field(event, 'ccpCodes') } }));
      case 'CcsAwarded':
        return consumedCommand(file, parseRecordAward({ ...decision, award: { kind: 'ccs', ccsCode: field(event, 'ccsCode') } }));
      case 'DecisionRectified':
        return consumedCommand(file, parseRecordRectifiedAward({ ...decision, award: rectifiedAward(event) }));
      default:
        return null;
    }
  }
}
