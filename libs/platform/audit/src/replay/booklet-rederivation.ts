import { compareCalendarDates, type CalendarDate } from '@titrepro/domain-kernel';
import { currentBooklet, documentsEvents, evolveDocuments, initialDocumentsState, type BookletEntry, type DocumentsEvent } from '@titrepro/domain-issuance';
import { referential } from '@titrepro/domain-referential';
import { applyRule, decisionTrace, rulebooks, type DecisionTrace, type Rulebook, type RuleApplication } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedStore } from '../stores/audited-stores';
import type { ReplayReads } from './replay-reads';
import type { Rederivation } from './jury-rederivation';
import { decisionInDecidingJury, isDecisionRead, refusalsOf, type JuryDecisionRead } from './deciding-jury';
import { eventsBefore } from './stream-before';
import { compareTraces } from './trace-comparison';

export type BookletIssuedEvent = Extract<DocumentsEvent, { type: 'BookletIssued' }>;

export const isBookletIssued = (event: { readonly type: string }): event is BookletIssuedEvent => event.type === 'BookletIssued';

const sameCcp = (a: BookletEntry, b: BookletEntry): boolean => a.titleCode === b.titleCode && a.ccpCode === b.ccpCode;
const sameEntry = (a: BookletEntry, b: BookletEntry): boolean =>
  sameCcp(a, b) && a.obtainedOn === b.obtainedOn && a.sessionId === b.sessionId && a.region === b.region && a.decisionId === b.decisionId;
/** The livret's order (the issuance's): by date obtained, then title and CCP code. */
const inBookletOrder = (entries: readonly BookletEntry[]): BookletEntry[] =>
  [...entries].sort((a, b) => compareCalendarDates(a.obtainedOn, b.obtainedOn) || a.titleCode.localeCompare(b.titleCode) || a.ccpCode.localeCompare(b.ccpCode));

/** What the documents stream held before the livret: every CCP, and the version that stood. */
interface DocumentsBefore {
  readonly held: readonly BookletEntry[];
  readonly standing: readonly BookletEntry[];
}

/**
 * BOOKLET and PARCHMENT as the issuance applies them on a livret, from what the decision awarded
 * (its CCPs, session and date, the deciding region) and what the stream held before: BOOKLET on each
 * CCP the decision brings to the livret (a CCP held already keeps its first entry; one the standing
 * version lists is not brought again), PARCHMENT's refusal of a CCP alone when it brings any.
 */
const bookletRules = (rulebook: Rulebook, decision: JuryDecisionRead, before: DocumentsBefore, decisionId: string): RuleApplication[] | string => {
  const { titleCode, sessionId } = decision;
  if (!titleCode || !sessionId) return `decision ${decisionId} as ${decision.jury.region}'s jury recorded it names no title or session`;
  const decidedOn = decision.decidedOn as CalendarDate;
  const title = referential.titleValidAt(titleCode, decidedOn) ?? referential.findTitle(titleCode);
  if (!title) return `title ${titleCode} of decision ${decisionId} is not in the référentiel here`;
  const others = before.held.filter((each) => each.decisionId !== decisionId);
  const awarded = decision.ccpCodesAwarded.map((ccpCode) => ({ titleCode, ccpCode, obtainedOn: decidedOn, sessionId, region: decision.jury.region, decisionId }));
  const entries = inBookletOrder([...others, ...awarded.filter((entry) => !others.some((each) => sameCcp(each, entry)))]);
  const brought = entries.filter((entry) => entry.decisionId === decisionId && !before.standing.some((listed) => sameEntry(listed, entry)));
  const applications: RuleApplication[] = [];
  if (brought.length > 0) applications.push(applyRule(rulebook, 'PARCHMENT', { certifies: 'ccp', awardedOn: decidedOn, on: decidedOn }).application);
  const titleCcpCodes = title.ccps.map((ccp) => ccp.code);
  const recorded = entries.filter((entry) => entry.titleCode === titleCode && !brought.includes(entry)).map((entry) => entry.ccpCode);
  for (const { ccpCode, obtainedOn, sessionId: entrySession, region } of brought) {
    applications.push(applyRule(rulebook, 'BOOKLET', { titleCcpCodes, entry: { ccpCode, obtainedOn, sessionId: entrySession, region }, recordedCcpCodes: [...recorded], on: decidedOn }, ccpCode).application);
    recorded.push(ccpCode);
  }
  return applications;
};

/**
 * Re-derives a livret's facts from the jury decision it names, in the store of the region that
 * decided (as a parchemin's, see deciding-jury.ts), and from its documents stream before it: the
 * CCPs that decision awarded with its session and date (BOOKLET, PARCHMENT), that region's office
 * (ISSUER); a BOOKLET or ISSUER refusing on those facts is rule-refuses. A livret another region
 * reissued on that decision's rectification keeps its ISSUER re-run on the recorded facts only (the
 * issuer is then the region that had delivered the livret).
 */
export const rederiveBooklet = async (reads: ReplayReads, documents: AuditedStore, recorded: RecordedEvent, event: BookletIssuedEvent): Promise<Rederivation> => {
  const { data } = event;
  const trace: DecisionTrace = decisionTrace(data.rulebookId, data.ruleApplications);
  const rulebook = rulebooks.findRulebook(data.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${data.rulebookId} is not known here` }], flags: [] };
  // The deciding region: the issuer's, unless a rectification's reissue lists the decision's CCPs from another.
  const listedFrom = data.rectificationId === null ? undefined : data.entries.find((entry) => entry.decisionId === data.decisionId)?.region;
  const decidingRegion = listedFrom ?? data.issuerRegion;
  const decision = await decisionInDecidingJury(reads.stores, { document: 'livret', decisionId: data.decisionId, candidateId: data.candidateId, sessionId: data.sessionId, rectificationId: data.rectificationId, region: decidingRegion });
  if (!isDecisionRead(decision)) return decision;
  const read = await eventsBefore(reads, documents, recorded, documentsEvents);
  if (!read.ok) return { rederived: [], unchecked: [{ ruleId: null, reason: read.reason }], flags: [] };
  const state = read.value.reduce(evolveDocuments, initialDocumentsState());
  const rules = bookletRules(rulebook, decision, { held: state.ccpsHeld, standing: currentBooklet(state)?.entries ?? [] }, data.decisionId);
  if (typeof rules === 'string') return { rederived: [], unchecked: [{ ruleId: null, reason: rules }], flags: [] };
  const reissuedElsewhere = decidingRegion !== data.issuerRegion;
  const issuer = reissuedElsewhere ? [] : [applyRule(rulebook, 'ISSUER', { document: 'booklet', issuer: { kind: 'regional-office', region: decision.jury.region } }).application];
  const again = decisionTrace(rulebook, [...rules, ...issuer]);
  // PARCHMENT's refusal of a CCP alone is what a livret records; a failed BOOKLET or ISSUER refuses it.
  const refusals = refusalsOf([...rules, ...issuer].filter((each) => each.ruleId !== 'PARCHMENT'), decision.from);
  const compared = compareTraces(reissuedElsewhere ? decisionTrace(data.rulebookId, data.ruleApplications.filter((each) => each.ruleId !== 'ISSUER')) : trace, again, rulebook, decision.from);
  const unchecked = reissuedElsewhere ? [{ ruleId: 'ISSUER', reason: `livret reissued by ${data.issuerRegion} on ${decidingRegion}'s rectification: ISSUER re-run on its recorded facts only` }] : [];
  return { rederived: compared.rederived, unchecked, flags: [...refusals, ...compared.flags] };
};
