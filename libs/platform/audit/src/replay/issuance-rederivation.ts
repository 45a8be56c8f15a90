import { applyRule, decisionTrace, rulebooks, type DecisionTrace } from '@titrepro/domain-rulebook';
import type { DocumentsEvent } from '@titrepro/domain-issuance';
import type { RecordedEvent } from '@titrepro/event-store';
import type { ReplayReads } from './replay-reads';
import type { Rederivation } from './jury-rederivation';
import { decisionInDecidingJury, isDecisionRead, refusalsOf } from './deciding-jury';
import { compareTraces } from './trace-comparison';

export type ParchmentIssuedEvent = Extract<DocumentsEvent, { type: 'ParchmentIssued' }>;

export const isParchmentIssued = (event: { readonly type: string }): event is ParchmentIssuedEvent => event.type === 'ParchmentIssued';

/**
 * Re-derives a parchemin's facts from the jury decision it names, in the store of the region that
 * decided (ISSUER: this region's office delivers on its own jury's decisions): PARCHMENT on the
 * achievement awarded on that decision's session date, ISSUER on that region's office; either
 * refusing on those facts is rule-refuses.
 */
export const rederiveParchment = async ({ stores }: ReplayReads, recorded: RecordedEvent, event: ParchmentIssuedEvent): Promise<Rederivation> => {
  const { data } = event;
  const trace: DecisionTrace = decisionTrace(data.rulebookId, data.ruleApplications);
  const rulebook = rulebooks.findRulebook(data.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${data.rulebookId} is not known here` }], flags: [] };
  const decision = await decisionInDecidingJury(stores, { document: 'parchemin', decisionId: data.decisionId, candidateId: data.candidateId, sessionId: data.sessionId, rectificationId: data.rectificationId, region: data.issuerRegion });
  if (!isDecisionRead(decision)) return decision;
  const { decidedOn, jury } = decision;
  const applications = [
    applyRule(rulebook, 'PARCHMENT', { certifies: data.achievement.kind, awardedOn: decidedOn, on: decidedOn }).application,
    applyRule(rulebook, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: jury.region } }).application,
  ];
  const compared = compareTraces(trace, decisionTrace(rulebook, applications), rulebook, decision.from);
  return { rederived: compared.rederived, unchecked: [], flags: [...refusalsOf(applications, decision.from), ...compared.flags] };
};
