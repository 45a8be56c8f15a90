import { applyRule, decisionTrace, rulebooks, type DecisionTrace } from '@titrepro/domain-rulebook';
import type { DocumentsEvent } from '@titrepro/domain-issuance';
import type { RecordedEvent } from '@titrepro/event-store';
import type { ReplayReads } from './replay-reads';
import type { Rederivation } from './jury-rederivation';
import { compareTraces } from './trace-comparison';

export type ParchmentIssuedEvent = Extract<DocumentsEvent, { type: 'ParchmentIssued' }>;

export const isParchmentIssued = (event: { readonly type: string }): event is ParchmentIssuedEvent => event.type === 'ParchmentIssued';

/**
 * Re-derives a parchemin's facts from the jury decision it names, in the store of the region that
 * decided (ISSUER: this region's office delivers on its own jury's decisions): PARCHMENT on the
 * achievement awarded on that decision's session date, ISSUER on that region's office. The latest
 * deliberation or rectification of the decision for the candidate counts. A decision that region's
 * jury never recorded is a missing citation (verify reports the award too).
 */
export const rederiveParchment = async ({ stores }: ReplayReads, recorded: RecordedEvent, event: ParchmentIssuedEvent): Promise<Rederivation> => {
  const { data } = event;
  const trace: DecisionTrace = decisionTrace(data.rulebookId, data.ruleApplications);
  const rulebook = rulebooks.findRulebook(data.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${data.rulebookId} is not known here` }], flags: [] };
  const jury = stores.find(data.issuerRegion, 'jury');
  if (!jury) return { rederived: [], unchecked: [{ ruleId: null, reason: `decision ${data.decisionId} lives in ${data.issuerRegion}'s jury store, which this audit does not read` }], flags: [] };
  const { rows } = await jury.pool.query<{ stream_id: string; revision: string; decided_on: string | null }>({
    text: `SELECT stream_id, revision, data->>'decidedOn' AS decided_on FROM ${jury.q}events
            WHERE category = 'jurysession' AND type IN ('DeliberationRecorded', 'DecisionRectified')
              AND data->>'decisionId' = $1 AND data->>'candidateId' = $2
            ORDER BY global_position DESC LIMIT 1`,
    values: [data.decisionId, data.candidateId],
  });
  const decision = rows[0];
  if (!decision?.decided_on) {
    const message = {
      fr: `Le parchemin cite la décision ${data.decisionId}, que le jury de ${data.issuerRegion} n'a jamais enregistrée pour ce candidat`,
      en: `The parchemin cites decision ${data.decisionId}, which ${data.issuerRegion}'s jury never recorded for this candidate`,
    };
    return { rederived: [], unchecked: [], flags: [{ kind: 'missing-citation', ruleId: null, subject: null, message, recorded: { decisionId: data.decisionId, sessionId: data.sessionId }, rederived: null }] };
  }
  const decidedOn = decision.decided_on;
  const again = decisionTrace(rulebook, [
    applyRule(rulebook, 'PARCHMENT', { certifies: data.achievement.kind, awardedOn: decidedOn, on: decidedOn }),
    applyRule(rulebook, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: jury.region } }),
  ]);
  const from = {
    fr: `de la décision ${data.decisionId} (${decision.stream_id}@${decision.revision}, jury de ${jury.region})`,
    en: `of decision ${data.decisionId} (${decision.stream_id}@${decision.revision}, ${jury.region}'s jury)`,
  };
  const compared = compareTraces(trace, again, rulebook, from);
  return { rederived: compared.rederived, unchecked: [], flags: compared.flags };
};
