import { isTransientFailure, postgresErrorCode } from '@titrepro/event-store';

/**
 * Whether applying an event failed because of the event (park it, go on) or because of the
 * environment (stop, retry the same batch later). The environment is the platform's one
 * classification (isTransientFailure, shared with the consumers). Beyond it, a PostgreSQL error
 * concerns the row being written only in classes 22 (data exception: an invalid byte sequence, a
 * value too long…) and 23 (integrity violation); any other SQLSTATE is the projection's SQL or
 * schema, which parking every event would not fix. An error that is not PostgreSQL's is the
 * projection's own code failing on this event.
 */
export const isAboutTheEvent = (error: unknown): boolean => {
  if (isTransientFailure(error)) return false;
  const code = postgresErrorCode(error);
  return code === undefined || code.startsWith('22') || code.startsWith('23');
};

/** An error as one line for the parked table and the logs (never the event's data). */
export const errorLine = (error: unknown): string => {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]?.slice(0, 500) ?? 'unknown error';
};
