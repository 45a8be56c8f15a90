import type { CandidateReport, CohortReport } from './cohort-model';

const brokenFor = (candidate: CandidateReport): string[] => {
  const who = `${candidate.name} (${candidate.scenario})`;
  const broken: string[] = [];
  for (const expected of candidate.expected.decisions) {
    const found = candidate.decisions.some(
      (seen) =>
        seen.type === expected.type &&
        seen.region === expected.region &&
        (expected.rulebookId === undefined || seen.rulebookId === expected.rulebookId) &&
        expected.ruleIds.every((ruleId) => seen.ruleIds.includes(ruleId)),
    );
    if (!found) broken.push(`${who}: no ${expected.type} in ${expected.region} with rules ${expected.ruleIds.join(', ')}${expected.rulebookId ? ` under ${expected.rulebookId}` : ''}`);
  }
  const left = [...candidate.documents];
  for (const expected of candidate.expected.documents) {
    const index = left.findIndex(
      (seen) =>
        seen.region === expected.region &&
        seen.kind === expected.kind &&
        seen.status === expected.status &&
        (expected.ccsCode === undefined || seen.ccsCode === expected.ccsCode) &&
        seen.verification === expected.verification,
    );
    if (index < 0) broken.push(`${who}: no ${expected.status} ${expected.kind}${expected.ccsCode ? ` ${expected.ccsCode}` : ''} in ${expected.region} that /verify finds ${expected.verification}`);
    else left.splice(index, 1);
  }
  const unexpected = left.filter((document) => document.status === 'issued');
  if (unexpected.length > 0) broken.push(`${who}: documents not expected: ${unexpected.map((document) => `${document.region} ${document.kind} ${document.status}`).join(', ')}`);
  if (candidate.replay.unreadStores.length > 0) broken.push(`${who}: the audit could not read ${candidate.replay.unreadStores.join('; ')}`);
  if (!candidate.replay.ok) broken.push(`${who}: the audit’s replay flags ${candidate.replay.flagged} decision(s)`);
  if (candidate.replay.decisions === 0) broken.push(`${who}: the audit replayed no decision`);
  return broken;
};

/** Every outcome of the cohort that is not what its scenario expects, in words; empty when all is as expected. */
export const cohortExpectationsBroken = (report: CohortReport): string[] => [
  ...report.candidates.flatMap(brokenFor),
  ...(report.verification.ok ? [] : [`the audit’s verification failed: ${report.verification.problems.join('; ')}`]),
  ...(report.serverErrors > 0 ? [`${report.serverErrors} answer(s) 5xx on the way`] : []),
];
