/** A sentence for people, in the two languages the ministry's users read. */
export interface Explanation {
  readonly fr: string;
  readonly en: string;
}

/**
 * Typed refusals. The API maps each kind to one HTTP status:
 * invalid-input → 400, forbidden → 403, not-found → 404, conflict → 409, rule-violation → 422.
 */
export type DomainError =
  | { readonly kind: 'invalid-input'; readonly field: string; readonly message: string }
  | { readonly kind: 'not-found'; readonly entity: string; readonly id: string; readonly message: string }
  /** The acting party may not do this here, e.g. a region acting for a candidate another region holds. */
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string }
  | {
      readonly kind: 'rule-violation';
      readonly ruleId: string;
      readonly rulebookId: string;
      readonly message: string;
      readonly explanation: Explanation;
    };

export const invalidInput = (field: string, message: string): DomainError => ({ kind: 'invalid-input', field, message });
export const notFound = (entity: string, id: string): DomainError => ({
  kind: 'not-found',
  entity,
  id,
  message: `${entity} ${id} does not exist`,
});
export const conflict = (message: string): DomainError => ({ kind: 'conflict', message });
export const forbidden = (message: string): DomainError => ({ kind: 'forbidden', message });
export const ruleViolation = (rulebookId: string, ruleId: string, explanation: Explanation): DomainError => ({
  kind: 'rule-violation',
  ruleId,
  rulebookId,
  message: `${ruleId}: ${explanation.en}`,
  explanation,
});
