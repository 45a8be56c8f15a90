import type { RegionCode } from './journey';
import type { PathwayType } from './registry-steps';

/** What a driver did that decided something: the office's or the jury's act, and its answer. */
export interface Step {
  readonly region: RegionCode;
  /** In words: "VAE admissibility", "title session 2026-11-20". */
  readonly what: string;
  /** The outcome asked or decided: "not-admissible", "title-awarded", "refused CCS-REQUIRES-TITLE". */
  readonly outcome: string;
  readonly decisionId?: string;
}

/** A decision the cohort expects to find in the audit's history of the candidate. */
export interface ExpectedDecision {
  readonly type: string;
  readonly region: RegionCode;
  /** Rule ids the decision's trace must hold (it may hold more). */
  readonly ruleIds: readonly string[];
  readonly rulebookId?: string;
}

/** A document the cohort expects the issuance of `region` to list, and what /verify answers for it. */
export interface ExpectedDocument {
  readonly region: RegionCode;
  readonly kind: 'parchment' | 'booklet';
  readonly status: 'issued' | 'revoked' | 'superseded';
  readonly ccsCode?: string | null;
  readonly verification: 'valid' | 'revoked';
}

export interface Expectations {
  readonly decisions: readonly ExpectedDecision[];
  readonly documents: readonly ExpectedDocument[];
  /** Certification events the downstream subscriber must see about the candidate. */
  readonly events: readonly string[];
}

/** One candidate driven through a pathway: who, where, what was done, and what should come of it. */
export interface CandidateRun {
  /** Stable key of the scenario: "continuous-title". */
  readonly scenario: string;
  readonly name: string;
  readonly pathway: PathwayType;
  readonly titleCode: string;
  readonly candidateId: string;
  readonly regions: readonly RegionCode[];
  readonly steps: readonly Step[];
  readonly expected: Expectations;
}

/** A decision as the audit's history shows it: where, which rulebook, which rules. */
export interface DecisionSeen {
  readonly type: string;
  readonly service: string;
  readonly region: string;
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
}

/** A document as its issuing region lists it, and /verify's answer for its credential. */
export interface DocumentSeen {
  readonly region: RegionCode;
  readonly documentId: string;
  readonly kind: string;
  readonly status: string;
  readonly titleCode: string;
  readonly ccsCode: string | null;
  readonly verification: string;
}

/** The audit's replay of every decision about the candidate. */
export interface ReplaySeen {
  readonly ok: boolean;
  readonly decisions: number;
  readonly flagged: number;
  readonly partial: number;
  /** The stores the audit could not read for this candidate's history (then its decisions are missing from it). */
  readonly unreadStores: readonly string[];
}

export interface CandidateReport extends CandidateRun {
  readonly decisions: readonly DecisionSeen[];
  readonly documents: readonly DocumentSeen[];
  readonly replay: ReplaySeen;
}

export interface CohortReport {
  readonly candidates: readonly CandidateReport[];
  /** The audit's verification of every store: hash chains, seals, awards. */
  readonly verification: { readonly ok: boolean; readonly problems: readonly string[] };
  /** 5xx answers met on the way (each asked again), 503s apart. */
  readonly serverErrors: number;
  /** 503s met (PostgreSQL busy: nothing stored, asked again after Retry-After). */
  readonly busyAnswers: number;
  readonly elapsedMs: number;
}
