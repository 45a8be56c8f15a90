import type { ReadinessCheckResult } from '../health/readiness-report';

/** RFC 9457 problem details, as every error leaves the API (documented by problemDetailsSchema). */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  /** The offending input fields, when the request itself was wrong. */
  readonly errors?: readonly { readonly field: string; readonly message: string }[];
  /** The business rule that refused the request. */
  readonly ruleId?: string;
  readonly rulebookId?: string;
  readonly explanation?: { readonly fr: string; readonly en: string };
  /** Readiness checks, on a 503 from /health/ready. */
  readonly checks?: Readonly<Record<string, ReadinessCheckResult>>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const problemType = (slug: string): string => `https://titrepro.fr/problems/${slug}`;
