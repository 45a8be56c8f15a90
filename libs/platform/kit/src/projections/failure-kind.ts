/**
 * Whether applying an event failed because of the event (park it, go on) or because of the
 * environment (stop, retry the same batch later). PostgreSQL error classes: 22 data exception (an
 * invalid byte sequence, a value too long…) and 23 integrity violation concern the row being
 * written; connection loss (08), resources (53), operator intervention (57), a rolled-back
 * transaction (40) or a missing table or column (42P01, 42703: a deployment not yet migrated) do
 * not, and would park every event while they last. An error that is not PostgreSQL's is the
 * projection's own code failing on this event.
 */
export const isAboutTheEvent = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return !isNetworkError(error);
  return code.startsWith('22') || code.startsWith('23');
};

const isNetworkError = (error: unknown): boolean => {
  const message = error instanceof Error ? error.message : String(error);
  return /ECONNREFUSED|ECONNRESET|Connection terminated|timeout|socket/i.test(message);
};

/** An error as one line for the parked table and the logs (never the event's data). */
export const errorLine = (error: unknown): string => {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]?.slice(0, 500) ?? 'unknown error';
};
