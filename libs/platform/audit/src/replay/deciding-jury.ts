import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import type { ReplayFlag } from '../model';
import type { AuditedStore, AuditedStores } from '../stores/audited-stores';
import type { Rederivation } from './jury-rederivation';

/** A jury decision as the deciding region's jury store last recorded it for the candidate. */
export interface JuryDecisionRead {
  readonly jury: AuditedStore;
  readonly streamId: string;
  readonly revision: string;
  readonly decidedOn: string;
  readonly sessionId: string | null;
  readonly titleCode: string | null;
  readonly ccpCodesAwarded: readonly string[];
  /** Names the decision's version in the messages of a comparison. */
  readonly from: Explanation;
}

/** What an issued document cites of the decision it delivers on. */
export interface DocumentCitation {
  /** fr/en name of the document, in messages: "parchemin", "livret". */
  readonly document: string;
  readonly decisionId: string;
  readonly candidateId: string;
  readonly sessionId: string;
  readonly region: string;
  /** The rectification it was issued on, else null. */
  readonly rectificationId: string | null;
}

/**
 * The decision an issued document names, read in the jury store of the region that decided, as it
 * stood when the document was issued: the rectification it was issued on, else the decision's latest
 * deliberation (a later rectification does not make an earlier document wrong). Otherwise the
 * re-derivation to return: unchecked when the audit does not read that store, a missing citation
 * when that jury never recorded it (verify reports the award too).
 */
export const decisionInDecidingJury = async (stores: AuditedStores, cited: DocumentCitation): Promise<JuryDecisionRead | Rederivation> => {
  const jury = stores.find(cited.region, 'jury');
  if (!jury) return { rederived: [], unchecked: [{ ruleId: null, reason: `decision ${cited.decisionId} lives in ${cited.region}'s jury store, which this audit does not read` }], flags: [] };
  const { rows } = await jury.pool.query<{ stream_id: string; revision: string; decided_on: string | null; session_id: string | null; title_code: string | null; ccp_codes: unknown }>({
    text: `SELECT stream_id, revision, data->>'decidedOn' AS decided_on, data->>'sessionId' AS session_id, data->>'titleCode' AS title_code,
                  data->'ccpCodesAwarded' AS ccp_codes FROM ${jury.q}events
            WHERE category = 'jurysession' AND data->>'decisionId' = $1 AND data->>'candidateId' = $2
              AND (CASE WHEN $3::text IS NULL THEN type = 'DeliberationRecorded' ELSE type = 'DecisionRectified' AND data->>'rectificationId' = $3 END)
            ORDER BY global_position DESC LIMIT 1`,
    values: [cited.decisionId, cited.candidateId, cited.rectificationId],
  });
  const decision = rows[0];
  if (!decision?.decided_on) {
    const message = {
      fr: `Le ${cited.document} cite la décision ${cited.decisionId}${cited.rectificationId === null ? '' : ` rectifiée (${cited.rectificationId})`}, que le jury de ${cited.region} n'a jamais enregistrée pour ce candidat`,
      en: `The ${cited.document} cites decision ${cited.decisionId}${cited.rectificationId === null ? '' : ` as rectified (${cited.rectificationId})`}, which ${cited.region}'s jury never recorded for this candidate`,
    };
    const flag: ReplayFlag = { kind: 'missing-citation', ruleId: null, subject: null, message, recorded: { decisionId: cited.decisionId, sessionId: cited.sessionId, rectificationId: cited.rectificationId }, rederived: null };
    return { rederived: [], unchecked: [], flags: [flag] };
  }
  return {
    jury,
    streamId: decision.stream_id,
    revision: decision.revision,
    decidedOn: decision.decided_on,
    sessionId: decision.session_id,
    titleCode: decision.title_code,
    ccpCodesAwarded: Array.isArray(decision.ccp_codes) ? decision.ccp_codes.filter((code): code is string => typeof code === 'string') : [],
    from: {
      fr: `de la décision ${cited.decisionId} (${decision.stream_id}@${decision.revision}, jury de ${jury.region})`,
      en: `of decision ${cited.decisionId} (${decision.stream_id}@${decision.revision}, ${jury.region}'s jury)`,
    },
  };
};

export const isDecisionRead = (read: JuryDecisionRead | Rederivation): read is JuryDecisionRead => 'jury' in read;

/**
 * The issuance refuses a document when one of the rules it holds it to fails: on the facts re-derived
 * from the decision, such a failure is `rule-refuses` (the document should never have been issued).
 */
export const refusalsOf = (conditions: readonly RuleApplication[], from: Explanation): ReplayFlag[] =>
  conditions
    .filter((application) => !application.passed)
    .map((application) => ({
      kind: 'rule-refuses',
      ruleId: application.ruleId,
      subject: application.subject,
      message: {
        fr: `Sur les faits ${from.fr}, ${application.ruleId} refuse ce document : ${application.explanation.fr}`,
        en: `On the facts ${from.en}, ${application.ruleId} refuses this document: ${application.explanation.en}`,
      },
      recorded: null,
      rederived: application,
    }));
