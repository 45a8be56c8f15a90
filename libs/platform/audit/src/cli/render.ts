import type { CandidateHistory, CandidateReplay, Verification } from '../model';

const verdict = (passed: boolean | null): string => (passed === null ? '?' : passed ? '✓' : '✗');
const short = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** `audit history` as text: one block per event, the decisions' rules indented under them. */
export const renderHistory = (history: CandidateHistory): string => {
  const lines = [`Candidate ${history.candidateId}${history.asOf ? `, as of ${history.asOf}` : ''}: ${history.entries.length} events`];
  for (const source of history.sources) if (!source.read) lines.push(`  ! ${source.region}/${source.service} not read: ${source.error}`);
  for (const entry of history.entries) {
    lines.push('', `${entry.occurredAt}  ${entry.region}  ${entry.service}  ${entry.streamId}@${entry.revision}  ${entry.type}`);
    lines.push(`  who: ${entry.actor.subject} (${entry.actor.role}), recorded in ${entry.recordedIn} at ${entry.recordedAt}`);
    lines.push(`  fr: ${entry.summary.fr}`, `  en: ${entry.summary.en}`);
    if (!entry.decision) continue;
    lines.push(`  rulebook ${entry.decision.rulebookId}`);
    for (const rule of entry.decision.rules) {
      lines.push(`    ${verdict(rule.passed)} ${rule.ruleId}${rule.subject ? ` [${rule.subject}]` : ''}  facts: ${rule.factsKnown ? short(rule.facts) : 'not recorded'}`);
      if (rule.explanation) lines.push(`        ${rule.explanation.fr}`, `        ${rule.explanation.en}`);
    }
    for (const cite of entry.decision.cites) lines.push(`    cites ${cite.kind} ${cite.id}${cite.revision !== null ? `@${cite.revision}` : ''}${cite.region ? ` (${cite.region}${cite.service ? `, ${cite.service}` : ''})` : ''}${cite.sha256s.length ? ` sha256 ${cite.sha256s.join(',')}` : ''}`);
  }
  const { state } = history;
  lines.push('', `State: home ${state.homeRegion ?? '—'}; ${state.decisions} jury decisions`);
  for (const held of state.held) lines.push(`  holds ${held.kind} ${held.code} (${held.titleCode}) since ${held.on}, ${held.region}, decision ${held.decisionId}`);
  for (const document of state.documents) lines.push(`  ${document.kind} ${document.documentId} (${document.region}): ${document.status} on ${document.on}`);
  return `${lines.join('\n')}\n`;
};

/** `audit replay` as text: one line per decision, its flags under it. */
export const renderReplay = (replay: CandidateReplay): string => {
  const lines = [`Candidate ${replay.candidateId}: ${replay.decisions.length} decisions replayed, ${replay.flagged} flagged (${replay.elapsedMs} ms)`];
  for (const decision of replay.decisions) {
    lines.push(`${decision.status.toUpperCase().padEnd(10)} ${decision.occurredAt}  ${decision.region}  ${decision.service}  ${decision.streamId}@${decision.revision}  ${decision.type}  (${decision.rulebookId ?? '—'})`);
    for (const flag of decision.flags) lines.push(`  ! ${flag.kind}${flag.ruleId ? ` ${flag.ruleId}` : ''}: ${flag.message.en}`);
    for (const each of decision.unchecked) lines.push(`  · unchecked${each.ruleId ? ` ${each.ruleId}` : ''}: ${each.reason}`);
  }
  return `${lines.join('\n')}\n`;
};

/** `audit verify` as text: each store's figures, then every broken link and problem. */
export const renderVerification = (verification: Verification): string => {
  const lines = verification.stores.map((store) =>
    store.read
      ? `${store.region}/${store.service}: ${store.events} events in ${store.streams} streams, ${store.eventsPerSecond} events/s, ${store.broken.length} broken`
      : `${store.region}/${store.service}: NOT READ (${store.error})`,
  );
  for (const link of verification.brokenLinks) lines.push(`BROKEN ${link.service} (${link.region}) stream ${link.streamId} revision ${link.revision}: ${link.reason}`);
  lines.push(`seals: ${verification.seals.checked} checked, ${verification.seals.problems.length} problems`);
  for (const problem of verification.seals.problems) lines.push(`SEAL ${problem.service} (${problem.region}) stream ${problem.streamId} revision ${problem.revision}: ${problem.reason}`);
  lines.push(`awards: ${verification.awards.checked} checked, ${verification.awards.problems.length} problems`);
  for (const problem of verification.awards.problems) lines.push(`AWARD ${problem.service} (${problem.region}) stream ${problem.streamId} revision ${problem.revision}: ${problem.reason}`);
  lines.push(`${verification.ok ? 'OK' : 'FAILED'}: ${verification.events} events in ${verification.elapsedMs} ms (${verification.eventsPerSecond} events/s)`);
  return `${lines.join('\n')}\n`;
};
