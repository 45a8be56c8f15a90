import type { CandidateReport, CohortReport } from './cohort-model';

/** The decisions a reader looks for in the table: the office's and the jury's (the others are in the audit's timeline). */
const SHOWN_DECISIONS = new Set(['VaeAdmissibilityDecided', 'CandidateConvened', 'DeliberationRecorded', 'DecisionRectified', 'CapitalisationWindowClosed']);
const PATHWAY_LABELS: Record<string, string> = { 'continuous-training': 'continuous training', vae: 'VAE', 'discontinuous-training': 'discontinuous' };
const MAX_WIDTH = 60;

/** A line longer than the column, cut at spaces into continuation lines (indented). */
const wrap = (line: string): string[] => {
  const lines: string[] = [];
  let rest = line;
  while (rest.length > MAX_WIDTH) {
    const cut = rest.lastIndexOf(' ', MAX_WIDTH);
    const at = cut > MAX_WIDTH / 2 ? cut : MAX_WIDTH;
    lines.push(rest.slice(0, at));
    rest = `      ${rest.slice(at).trimStart()}`;
  }
  return [...lines, rest];
};

const cellsOf = (candidate: CandidateReport): string[][] => [
  [candidate.name, PATHWAY_LABELS[candidate.pathway] ?? candidate.pathway, candidate.titleCode, candidate.regions.join(' → '), candidate.candidateId.slice(0, 8)],
  [
    ...candidate.steps.map((step) => `${step.region} ${step.what}: ${step.outcome}`),
    ...candidate.decisions
      .filter((decision) => SHOWN_DECISIONS.has(decision.type))
      .map((decision) => `  ${decision.region} ${decision.type} (${decision.rulebookId}): ${decision.ruleIds.join(' ')}`),
  ],
  candidate.documents.length === 0 ? ['—'] : candidate.documents.map((document) => `${document.region} ${document.kind}${document.ccsCode ? ` ${document.ccsCode}` : ''} ${document.status}`),
  candidate.documents.length === 0 ? ['—'] : candidate.documents.map((document) => document.verification),
  [`replay ${candidate.replay.ok ? 'ok' : 'FLAGGED'}`, `${candidate.replay.decisions} decisions`, `${candidate.replay.flagged} flagged`, `${candidate.replay.partial} partial`, ...(candidate.replay.unreadStores.length ? [`${candidate.replay.unreadStores.length} stores UNREAD`] : [])],
];

const HEADERS = ['candidate', 'decisions (rulebook): rule ids', 'documents', '/verify', 'audit'];

/** One row per candidate, readable in a terminal: pathway and regions, each decision with its rule ids, documents, /verify, the audit's replay. */
export const summaryTable = (report: CohortReport): string => {
  const rows = report.candidates.map((candidate) => cellsOf(candidate).map((cell) => cell.flatMap(wrap)));
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.flatMap((row) => (row[column] ?? []).map((line) => line.length))));
  const line = (cells: readonly string[]) => `│ ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' │ ')} │`;
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`;
  const out = [rule('┌', '┬', '┐'), line(HEADERS), rule('├', '┼', '┤')];
  rows.forEach((row, index) => {
    const height = Math.max(...row.map((cell) => cell.length));
    for (let lineIndex = 0; lineIndex < height; lineIndex += 1) out.push(line(row.map((cell) => cell[lineIndex] ?? '')));
    out.push(index === rows.length - 1 ? rule('└', '┴', '┘') : rule('├', '┼', '┤'));
  });
  out.push(`audit verify (hash chains, seals, awards): ${report.verification.ok ? 'ok' : `FAILED: ${report.verification.problems.join('; ')}`} · 5xx met: ${report.serverErrors} (and ${report.busyAnswers} × 503 busy, asked again) · ${(report.elapsedMs / 1000).toFixed(1)} s`);
  return out.join('\n');
};
