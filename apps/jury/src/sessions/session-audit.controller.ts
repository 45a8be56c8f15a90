import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { isSessionDecisionEvent, rerunDecision, sessionEvents, type RerunReport } from '@titrepro/domain-jury';
import type { EventStore, VerificationReport } from '@titrepro/event-store';
import { ApiRoute, Authorize, IdParam, OWN_REGION } from '@titrepro/platform-nest';
import { EVENT_STORE, historyEntryOf, historyEntrySchema, readerOf, type HistoryEntry } from '@titrepro/service-kit';
import { z } from 'zod';
import { sessions } from '../jury-aggregates';

const readSessionEvent = readerOf({ events: sessionEvents });
const historyEntry = historyEntryOf(sessionEvents);

const mismatch = z.object({ ruleId: z.string(), subject: z.string().nullable(), recorded: z.unknown(), rerun: z.unknown() });
const sessionAudit = z.object({
  streamId: z.string(),
  /** The stream's hash chain recomputed from the stored bytes. */
  integrity: z.object({ ok: z.boolean(), checked: z.number().int(), firstBroken: z.object({ streamId: z.string(), revision: z.number().int(), reason: z.string() }).optional() }),
  entries: z.array(historyEntrySchema.extend({ rerun: z.object({ consistent: z.boolean(), mismatches: z.array(mismatch) }).nullable() })),
});
interface SessionAudit {
  readonly streamId: string;
  readonly integrity: VerificationReport;
  readonly entries: readonly (HistoryEntry & { readonly rerun: RerunReport | null })[];
}

/**
 * What an auditor checks, years later: every event of the session with the rules it applied, each
 * decision re-run from the event alone with the pure rulebook, and the stream's hash chain.
 */
@ApiTags('audit')
@Controller('sessions/:sessionId/audit')
export class SessionAuditController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @Authorize({ auditor: OWN_REGION, 'regional-officer': OWN_REGION })
  @ApiRoute({ summary: 'Audit a session: its history, every decision re-run from its event with the rulebook it names, and the hash chain verified', success: { status: 200, description: 'The audit', schema: sessionAudit }, errors: [404] })
  async audit(@IdParam('sessionId') sessionId: string): Promise<SessionAudit> {
    const { streamId } = sessions.stream(sessionId);
    const recorded = await this.store.readStream(streamId);
    if (recorded.length === 0) throw new NotFoundException(`validation session ${sessionId} does not exist`);
    const entries = recorded.map((each) => {
      const event = readSessionEvent(each);
      return { ...historyEntry(each), rerun: isSessionDecisionEvent(event) ? rerunDecision(event) : null };
    });
    return { streamId, integrity: await this.store.verifyStream(streamId), entries };
  }
}
