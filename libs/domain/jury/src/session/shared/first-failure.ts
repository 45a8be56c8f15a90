import { type AppliedRule, type RuleApplication } from '@titrepro/domain-rulebook';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { fail, ok } from '@titrepro/domain-kernel';
import { violationOf } from '@titrepro/domain-rulebook';

/** The applications to record when every rule passed, else the refusal of the first that failed. */
export const allPassed = (applied: readonly AppliedRule[]): Result<readonly RuleApplication[], DomainError> => {
  const failed = applied.find((each) => !each.outcome.passed);
  return failed ? fail(violationOf(failed.outcome)) : ok(applied.map((each) => each.application));
};
