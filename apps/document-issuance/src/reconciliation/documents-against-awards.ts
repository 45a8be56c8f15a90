import { topicFor } from '@titrepro/contracts';
import { DOCUMENTS_STREAM_CATEGORY } from '@titrepro/domain-issuance';
import type { ServiceCheck } from '@titrepro/service-kit/reconciliation';

interface DecisionRow {
  readonly type: string;
  readonly candidate_id: string;
  readonly decision_id: string | null;
  readonly document_id: string | null;
  readonly rectification_id: string | null;
}

const PARCHMENT_AWARDS = new Set(['TitleAwarded', 'CcsAwarded']);
const AWARDS = new Set([...PARCHMENT_AWARDS, 'CcpAwarded']);

const list = (items: readonly string[]): string => (items.length <= 5 ? items.join(', ') : `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`);

/**
 * The documents against the juries' awards on Kafka (PARCHMENT, BOOKLET, ISSUER): one parchemin per
 * title or CCS this region's juries awarded, at most one livret version per CCP award, every award
 * of this region recorded (or, for CCPs already held, decided as nothing new), another region's
 * award held, and no document for a decision no jury published. Produced artifacts (credential, PDF)
 * that no issued document names are counted: a crash between producing and storing leaves them.
 */
export const documentsAgainstAwards: ServiceCheck = async ({ parts, topics, findings }) => {
  const { rows } = await parts.store.pool.query<DecisionRow>(
    `SELECT type, substr(stream_id, length($1) + 1) AS candidate_id,
            data->>'decisionId' AS decision_id, data->>'documentId' AS document_id, data->>'rectificationId' AS rectification_id
       FROM "${parts.store.schema}".events WHERE starts_with(stream_id, $1)`,
    [`${DOCUMENTS_STREAM_CATEGORY}-`],
  );
  const erased = new Set(rows.filter((row) => row.type === 'DocumentsErased').map((row) => row.candidate_id));
  const byDecision = new Map<string, DecisionRow[]>();
  for (const row of rows) if (row.decision_id) byDecision.set(row.decision_id, [...(byDecision.get(row.decision_id) ?? []), row]);
  const awards = (topics.messages.get(`${parts.topicPrefix}${topicFor('jury')}`) ?? []).filter((message) => message.eventType !== undefined && AWARDS.has(message.eventType));
  const seen = new Set<string>();
  const missing: string[] = [];
  const duplicated: string[] = [];
  const notHeld: string[] = [];
  let ours = 0;
  for (const message of awards) {
    let payload: { decisionId?: string; region?: string; candidateId?: string };
    try {
      payload = JSON.parse(message.value?.toString('utf8') ?? 'null') as typeof payload;
    } catch {
      continue;
    }
    const { decisionId, region, candidateId } = payload ?? {};
    if (!decisionId || !candidateId || seen.has(decisionId) || erased.has(candidateId)) continue;
    seen.add(decisionId);
    const recorded = byDecision.get(decisionId) ?? [];
    const issued = recorded.filter((row) => row.type === (PARCHMENT_AWARDS.has(message.eventType ?? '') ? 'ParchmentIssued' : 'BookletIssued') && row.rectification_id === null);
    if (region !== parts.region) {
      if (recorded.length === 0) notHeld.push(decisionId);
      continue;
    }
    ours += 1;
    if (issued.length > 1) duplicated.push(`${decisionId} ×${issued.length}`);
    if (PARCHMENT_AWARDS.has(message.eventType ?? '') ? issued.length === 0 : recorded.length === 0) missing.push(`${message.eventType} ${decisionId}`);
  }
  if (missing.length > 0) findings.add('documents', 'awards', `${missing.length} award(s) of ${parts.region}'s juries issued nothing: ${list(missing)}`);
  if (duplicated.length > 0) findings.add('documents', 'awards', `${duplicated.length} decision(s) issued the same document more than once: ${list(duplicated)}`);
  if (notHeld.length > 0) findings.add('documents', 'awards', `${notHeld.length} award(s) of other regions are not held: ${list(notHeld)}`);
  const issuedDocuments = rows.filter((row) => row.type === 'ParchmentIssued' || row.type === 'BookletIssued');
  const unknown = issuedDocuments.filter((row) => row.rectification_id === null && row.decision_id !== null && !seen.has(row.decision_id) && !erased.has(row.candidate_id));
  if (unknown.length > 0) findings.add('documents', 'documents', `${unknown.length} document(s) name a decision no jury published: ${list(unknown.map((row) => row.document_id ?? '?'))}`);
  const documentIds = issuedDocuments.map((row) => row.document_id);
  const orphans = (
    await parts.store.pool.query<{ orphans: string }>(`SELECT count(*) AS orphans FROM produced_document WHERE NOT (document_id = ANY ($1::text[]))`, [documentIds])
  ).rows[0]?.orphans;
  findings.note('documents', `${ours} award(s) of ${parts.region}, ${issuedDocuments.length} document(s) issued, ${orphans ?? 0} produced artifact(s) no issued document names`);
};
