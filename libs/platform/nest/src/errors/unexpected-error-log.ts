/**
 * What the log may say about an unexpected error: its class, code and stack frames. Never its
 * message or own fields: a database error carries the statement's parameters (a family name), and a
 * message may quote the request.
 */
export const unexpectedErrorLog = (exception: unknown): Record<string, unknown> => {
  if (!(exception instanceof Error)) return { errorType: typeof exception };
  const code = (exception as { code?: unknown }).code;
  const frames = (exception.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const cause = exception.cause;
  return {
    errorType: exception.name,
    // Codes are identifiers (SQLSTATE, ECONNREFUSED), not data; anything longer is left out.
    ...(typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? { code } : {}),
    stack: frames.map((line) => line.trim()),
    ...(cause instanceof Error ? { causeType: cause.name } : {}),
  };
};
