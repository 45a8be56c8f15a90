import { canonicalJson } from '../integrity/canonical-json';
import type { NewEvent, RecordedEvent } from '../port/events';
import { REDACTED } from '../port/events';

/**
 * Whether a re-appended event is the one already stored (idempotent append) or a different event
 * under a reused id. Compared on meaning, before upcasting: type, stored schema version, data in
 * clear, metadata, personal spec. A field redacted since (forgotten subject) cannot be compared and
 * counts as equal.
 */
export const sameContent = (candidate: NewEvent, stored: RecordedEvent, storedData: Record<string, unknown>): boolean => {
  if (candidate.type !== stored.type || candidate.schemaVersion !== stored.storedSchemaVersion) return false;
  if (canonicalJson(candidate.metadata) !== canonicalJson(stored.metadata)) return false;
  if (canonicalJson(candidate.personal ?? null) !== canonicalJson(stored.personal ?? null)) return false;
  const comparable: Record<string, unknown> = { ...candidate.data };
  for (const [field, value] of Object.entries(storedData)) if (value === REDACTED) comparable[field] = REDACTED;
  return canonicalJson(comparable) === canonicalJson(storedData);
};
