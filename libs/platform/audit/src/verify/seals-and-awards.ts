import { foldEvents } from '@titrepro/domain-kernel';
import { minutesHashOf, sessionDecider, sessionEvents, type SessionEvent } from '@titrepro/domain-jury';
import type { IntegrityProblem } from '../model';
import type { AuditedStore, AuditedStores } from '../stores/audited-stores';

const AWARDS = new Set(['TitleAwarded', 'CcpAwarded', 'CcsAwarded', 'TitleNotAwarded']);

export interface SealsAndAwards {
  readonly seals: { checked: number; problems: IntegrityProblem[] };
  readonly awards: { checked: number; problems: IntegrityProblem[] };
}

/** Decision ids each sealed session of a jury store sealed, by session id. */
type Sealed = Map<string, Set<string>>;

/**
 * The jury's sealed minutes: each seal's hash is recomputed from the session's decisions as they
 * stood when it was sealed, and every award event of the session names a decision those minutes
 * sealed. Returns the sealed decisions for the issuance's check.
 */
const checkJuryStore = async (store: AuditedStore, result: SealsAndAwards): Promise<Sealed> => {
  const sealed: Sealed = new Map();
  const { rows } = await store.pool.query<{ stream_id: string }>(`SELECT DISTINCT stream_id FROM ${store.q}events WHERE category = 'jurysession' AND type = ANY($1) ORDER BY stream_id`, [['MinutesSealed', ...AWARDS]]);
  for (const { stream_id: streamId } of rows) {
    const events: SessionEvent[] = [];
    const sessionSealed = new Set<string>();
    for (const recorded of await store.store.readStream(streamId)) {
      const read = sessionEvents.read(recorded);
      const at = { region: store.region, service: store.service, streamId, revision: recorded.revision };
      if (!read.ok) {
        if (recorded.type === 'MinutesSealed' || AWARDS.has(recorded.type)) result.seals.problems.push({ ...at, subject: streamId, reason: `unreadable ${recorded.type}: ${read.error.message}` });
        continue;
      }
      const event = read.value;
      if (event.type === 'MinutesSealed') {
        result.seals.checked += 1;
        const state = foldEvents(sessionDecider, events);
        if (state.status !== 'scheduled') {
          result.seals.problems.push({ ...at, subject: event.data.sessionId, reason: 'minutes sealed for a session never scheduled' });
        } else {
          const hash = minutesHashOf(state);
          if (hash !== event.data.minutesHash) result.seals.problems.push({ ...at, subject: event.data.sessionId, reason: `the seal's minutes hash ${event.data.minutesHash} is not the hash of the session's decisions (${hash})` });
          const decided = new Set(state.decisions.map((decision) => `${decision.decisionId}|${decision.candidateId}`));
          const listed = new Set(event.data.decisions.map((decision) => `${decision.decisionId}|${decision.candidateId}`));
          if (decided.size !== listed.size || [...listed].some((each) => !decided.has(each))) {
            result.seals.problems.push({ ...at, subject: event.data.sessionId, reason: 'the decisions the seal lists are not the session\'s decisions' });
          }
        }
        for (const decision of event.data.decisions) sessionSealed.add(decision.decisionId);
      } else if (AWARDS.has(event.type)) {
        result.awards.checked += 1;
        const decisionId = (event.data as { decisionId: string }).decisionId;
        if (!sessionSealed.has(decisionId)) {
          result.awards.problems.push({ ...at, subject: decisionId, reason: `${event.type} names decision ${decisionId}, which no minutes of this session sealed before it` });
        }
      }
      events.push(event);
    }
    sealed.set(streamId.slice('jurysession-'.length), sessionSealed);
  }
  return sealed;
};

/** Each parchemin and livret an issuance delivered names a decision the deciding region's jury sealed. */
const checkIssuanceStore = async (store: AuditedStore, juries: ReadonlyMap<string, Sealed>, result: SealsAndAwards): Promise<void> => {
  const { rows } = await store.pool.query<{ stream_id: string; revision: string; type: string; decision_id: string; session_id: string; issuer_region: string | null }>(
    `SELECT stream_id, revision, type, data->>'decisionId' AS decision_id, data->>'sessionId' AS session_id, data->>'issuerRegion' AS issuer_region
       FROM ${store.q}events WHERE category = 'documents' AND type IN ('ParchmentIssued', 'BookletIssued') ORDER BY global_position`,
  );
  for (const row of rows) {
    const region = row.issuer_region ?? store.region;
    const sealed = juries.get(region);
    if (!sealed) continue; // that region's jury is not read by this audit
    result.awards.checked += 1;
    if (!sealed.get(row.session_id)?.has(row.decision_id)) {
      result.awards.problems.push({
        region: store.region,
        service: store.service,
        streamId: row.stream_id,
        revision: Number(row.revision),
        subject: row.decision_id,
        reason: `${row.type} names decision ${row.decision_id} of session ${row.session_id}, which ${region}'s jury never sealed`,
      });
    }
  }
};

/** The seals of the juries' minutes, and every published award against a sealed decision. */
export const verifySealsAndAwards = async (stores: AuditedStores, selected: readonly AuditedStore[]): Promise<SealsAndAwards> => {
  const result: SealsAndAwards = { seals: { checked: 0, problems: [] }, awards: { checked: 0, problems: [] } };
  const juries = new Map<string, Sealed>();
  for (const store of stores.of('jury')) {
    const own = selected.includes(store);
    // Every jury read is needed to check issuances; only the selected ones report their own problems.
    const scratch: SealsAndAwards = own ? result : { seals: { checked: 0, problems: [] }, awards: { checked: 0, problems: [] } };
    // A store that cannot be read is reported by its chains' verification (read: false).
    const sealed = await checkJuryStore(store, scratch).catch(() => undefined);
    if (sealed) juries.set(store.region, sealed);
  }
  for (const store of selected.filter((each) => each.service === 'document-issuance')) await checkIssuanceStore(store, juries, result).catch(() => undefined);
  return result;
};
