import { type AppliedRule, applyRule } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, ok, ruleViolation } from '@titrepro/domain-kernel';
import type { PathwayType, Rulebook, RuleId } from '@titrepro/domain-rulebook';
import { violationOf } from '@titrepro/domain-rulebook';
import type { CandidateFileFacts, FilePathway } from '../../shared/candidate-file-facts';
import type { SessionKind } from '../shared/session-kind';
import type { ConvocationEvidence } from '../session.state';
import { datedPieces } from './evidence-dates';

/** The open pathway towards the session's title the jury judges; a ccp session judges a discontinuous one. */
export const judgedPathway = (file: CandidateFileFacts, titleCode: string, kind: SessionKind): Result<FilePathway, DomainError> => {
  const open = file.pathways.filter((pathway) => pathway.status === 'open' && pathway.titleCode === titleCode);
  if (open.length === 0) return fail(conflict(`candidate ${file.candidateId} has no open pathway towards ${titleCode}`));
  if (kind !== 'ccp') return ok(open[0] as FilePathway);
  const discontinuous = open.find((pathway) => pathway.type === 'discontinuous-training');
  return discontinuous
    ? ok(discontinuous)
    : fail(conflict(`a ccp session judges a discontinuous-training pathway; candidate ${file.candidateId}'s pathway towards ${titleCode} is ${open.map((pathway) => pathway.type).join(', ')}`));
};

/**
 * VAE-ADMISSIBILITY on the session date, from the regional office's latest answer for the pathway
 * and the day its latest dossier was filed (from 2024, two months of silence after it are worth
 * admissibility). The filing day is among the facts only when known, so decisions taken before the
 * jury kept it read the same.
 */
export const admissibilityRule = (rulebook: Rulebook, file: CandidateFileFacts, pathway: FilePathway, sessionDate: CalendarDate): AppliedRule<'VAE-ADMISSIBILITY'> => {
  const latest = file.admissibility.filter((each) => each.pathwayId === pathway.pathwayId).at(-1);
  const request = (file.admissibilityRequests ?? []).filter((each) => each.pathwayId === pathway.pathwayId).at(-1);
  return applyRule(rulebook, 'VAE-ADMISSIBILITY', {
    pathwayType: pathway.type,
    admissibility: latest ? { outcome: latest.outcome, decidedOn: latest.decidedOn } : null,
    sessionDate,
    ...(request ? { requestedOn: request.requestedOn } : {}),
  });
};

const EVIDENCE_RULES: Readonly<Record<PathwayType, RuleId>> = {
  'continuous-training': 'EVIDENCE-CONTINUOUS',
  vae: 'EVIDENCE-VAE',
  'discontinuous-training': 'CCP-PAIR',
};

/** What a session judges of a pathway's evidence: all of it, or for a discontinuous pathway the judged CCPs' only. */
const judgedItems = <Item extends { readonly key: string }>(pathway: FilePathway, items: readonly Item[], ccpCodes: readonly string[]): Item[] =>
  pathway.type === 'discontinuous-training' ? items.filter((item) => ccpCodes.some((code) => item.key.endsWith(`:${code}`))) : [...items];

/**
 * EVIDENCE-DATED on the session date: of the evidence the evaluation counts as present for what the
 * session judges, what is dated after the session does not count for it.
 */
export const evidenceDatedRule = (
  rulebook: Rulebook,
  file: CandidateFileFacts,
  pathway: FilePathway,
  ccpCodes: readonly string[],
  sessionDate: CalendarDate,
): AppliedRule<'EVIDENCE-DATED'> | undefined => {
  const status = file.evidenceStatus.filter((each) => each.pathwayId === pathway.pathwayId).at(-1);
  if (!status) return undefined;
  const records = file.evidenceRecords.filter((record) => record.pathwayId === pathway.pathwayId);
  return applyRule(rulebook, 'EVIDENCE-DATED', { sessionDate, pieces: datedPieces(judgedItems(pathway, status.present, ccpCodes), records) });
};

/**
 * The evidence the evaluation service published for the pathway must be complete for what the
 * jury judges (for a discontinuous pathway: the judged CCPs only). The evaluation applied its
 * evidence rule; the jury reads its verdict and does not judge the evidence again.
 */
export const evidenceOnTheTable = (rulebook: Rulebook, file: CandidateFileFacts, pathway: FilePathway, ccpCodes: readonly string[]): Result<ConvocationEvidence, DomainError> => {
  const status = file.evidenceStatus.filter((each) => each.pathwayId === pathway.pathwayId).at(-1);
  if (!status) {
    return fail(
      ruleViolation(rulebook.id, EVIDENCE_RULES[pathway.type], {
        fr: `Aucune pièce publiée par le service d'évaluation pour le parcours ${pathway.pathwayId}`,
        en: `No evidence published by the evaluation service for pathway ${pathway.pathwayId}`,
      }),
    );
  }
  const relevant = judgedItems(pathway, status.missing, ccpCodes);
  if (relevant.length > 0) {
    return fail(
      ruleViolation(status.rulebookId, status.ruleIds[0] ?? EVIDENCE_RULES[pathway.type], {
        fr: `Pièces manquantes : ${relevant.map((item) => item.fr).join(', ')}`,
        en: `Missing evidence: ${relevant.map((item) => item.en).join(', ')}`,
      }),
    );
  }
  return ok({ status, records: file.evidenceRecords.filter((record) => record.pathwayId === pathway.pathwayId) });
};

export const refusalOf = (applied: AppliedRule): Result<null, DomainError> => (applied.outcome.passed ? ok(null) : fail(violationOf(applied.outcome)));
