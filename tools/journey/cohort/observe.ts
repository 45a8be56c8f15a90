import type { CandidateReport, CandidateRun, DecisionSeen, DocumentSeen, ExpectedDocument, ReplaySeen } from './cohort-model';
import type { Journey, RegionCode } from './journey';

interface Listed {
  readonly documentId: string;
  readonly kind: string;
  readonly status: string;
  readonly titleCode: string;
  readonly ccsCode: string | null;
}

/** What the cohort reads of the audit's answers (their schemas: libs/platform/audit's model, in OpenAPI at the audit's /docs). */
interface CandidateHistory {
  readonly sources: readonly { region: string; service: string; read: boolean; error: string | null }[];
  readonly entries: readonly { type: string; service: string; region: string; decision: { rulebookId: string; rules: readonly { ruleId: string }[] } | null }[];
}
interface CandidateReplay {
  readonly ok: boolean;
  readonly flagged: number;
  readonly decisions: readonly { status: string }[];
}
interface Problem {
  readonly region: string;
  readonly service: string;
  readonly subject?: string;
  readonly streamId?: string;
  readonly revision?: number;
  readonly reason: string;
}
interface Verification {
  readonly ok: boolean;
  readonly stores: readonly { region: string; service: string; read: boolean; error: string | null }[];
  readonly brokenLinks: readonly Problem[];
  readonly seals: { readonly problems: readonly Problem[] };
  readonly awards: { readonly problems: readonly Problem[] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const matches = (expected: ExpectedDocument, document: Listed): boolean =>
  document.kind === expected.kind && document.status === expected.status && (expected.ccsCode === undefined || document.ccsCode === expected.ccsCode);

/** Whether every expected document of the region is listed (one listed document per expected one). */
const allListed = (expected: readonly ExpectedDocument[], listed: readonly Listed[]): boolean => {
  const left = [...listed];
  return expected.every((wanted) => {
    const index = left.findIndex((document) => matches(wanted, document));
    if (index < 0) return false;
    left.splice(index, 1);
    return true;
  });
};

/** The region's documents for the candidate, once they are all there (issuance learns the awards through Kafka), or as they are after `withinMs`. */
const documentsOf = async (journey: Journey, region: RegionCode, run: CandidateRun, withinMs: number): Promise<Listed[]> => {
  const expected = run.expected.documents.filter((document) => document.region === region);
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { status, body } = await journey.api<Listed[]>(region, 'issuance', 'GET', `/candidates/${run.candidateId}/documents`, { as: journey.auditor(), expect: [200, 404] });
    const listed = status === 200 ? body : [];
    if (allListed(expected, listed) || Date.now() > deadline) return listed;
    await sleep(300);
  }
};

/** /verify's answer for the document's credential (as a partner would send it), once it is the expected one or after `withinMs`. */
const verificationOf = async (journey: Journey, region: RegionCode, document: Listed, expected: string | undefined, withinMs: number): Promise<string> => {
  const { body: credentials } = await journey.api<unknown[]>(region, 'issuance', 'GET', `/documents/${document.documentId}/credential`, { as: journey.auditor(), expect: [200] });
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { body } = await journey.api(region, 'issuance', 'POST', '/verify', { body: credentials[0], expect: [200] });
    const outcome = String(body['outcome']);
    // The status list is published apart from the revocation: a revoked document verifies valid for a moment.
    if (expected === undefined || outcome === expected || Date.now() > deadline) return outcome;
    await sleep(300);
  }
};

const decisionsOf = (history: CandidateHistory): DecisionSeen[] =>
  history.entries.flatMap((entry) =>
    entry.decision
      ? [{ type: entry.type, service: entry.service, region: entry.region, rulebookId: entry.decision.rulebookId, ruleIds: [...new Set(entry.decision.rules.map((rule) => rule.ruleId))] }]
      : [],
  );

const replayOf = (replay: CandidateReplay): Omit<ReplaySeen, 'unreadStores'> => ({
  ok: replay.ok,
  decisions: replay.decisions.length,
  flagged: replay.flagged,
  partial: replay.decisions.filter((decision) => decision.status === 'partial').length,
});

/** What the system now says about one candidate: documents and their verification, decisions and their replay by the audit. */
export const observeCandidate = async (journey: Journey, run: CandidateRun, withinMs = 120_000): Promise<CandidateReport> => {
  const documents: DocumentSeen[] = [];
  for (const region of run.regions) {
    for (const document of await documentsOf(journey, region, run, withinMs)) {
      const wanted = run.expected.documents.find((expected) => expected.region === region && matches(expected, document));
      const verification = await verificationOf(journey, region, document, wanted?.verification, 30_000);
      documents.push({ region, documentId: document.documentId, kind: document.kind, status: document.status, titleCode: document.titleCode, ccsCode: document.ccsCode, verification });
    }
  }
  const history = await everyStoreRead(() => journey.audit<CandidateHistory>(`/candidates/${run.candidateId}/history`, { expect: [200] }).then(({ body }) => body), (body) => body.sources, withinMs);
  const { body: replay } = await journey.audit<CandidateReplay>(`/candidates/${run.candidateId}/replay`, { expect: [200] });
  const unread = history.sources.filter((source) => !source.read).map((source) => `${source.region}/${source.service}: not read (${source.error ?? ''})`);
  return { ...run, decisions: decisionsOf(history), documents, replay: { ...replayOf(replay), unreadStores: unread } };
};

/**
 * Asks the audit again while a store it reads could not be read (its connection refused: a
 * PostgreSQL at max_connections answers so for a while), for up to `withinMs`; the last answer.
 */
const everyStoreRead = async <Answer>(ask: () => Promise<Answer>, sources: (answer: Answer) => readonly { read: boolean }[], withinMs: number): Promise<Answer> => {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const answer = await ask();
    if (sources(answer).every((source) => source.read) || Date.now() > deadline) return answer;
    await sleep(1_000);
  }
};

/** The audit's verification of every store, with its problems in words. */
export const verifyStores = async (journey: Journey, withinMs = 120_000): Promise<{ ok: boolean; problems: string[] }> => {
  const body = await everyStoreRead(() => journey.audit<Verification>('/verify', { expect: [200] }).then((answer) => answer.body), (answer) => answer.stores, withinMs);
  const problems = [
    ...body.stores.filter((store) => !store.read).map((store) => `${store.region}/${store.service}: not read (${store.error ?? ''})`),
    ...body.brokenLinks.map((link) => `${link.region}/${link.service} ${link.streamId}@${link.revision}: ${link.reason}`),
    ...[...body.seals.problems, ...body.awards.problems].map((problem) => `${problem.region}/${problem.service} ${problem.subject}: ${problem.reason}`),
  ];
  return { ok: body.ok, problems };
};
