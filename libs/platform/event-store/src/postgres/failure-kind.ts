/**
 * Whether a failure comes from the environment (the database away, out of connections, restarting,
 * a transaction rolled back by a conflict) rather than from what was being done. Such a failure
 * says nothing about the event or message in hand: retrying it later, for as long as it lasts, is
 * right, and counting it against the message (parking it, dead-lettering it) is wrong. The relay,
 * the consumers and the projection runners share this one classification.
 *
 * PostgreSQL error classes (SQLSTATE): 08 connection exception, 40 transaction rollback
 * (40001 serialization, 40P01 deadlock), 53 insufficient resources (53300 too many clients), 57
 * operator intervention (57P01 admin shutdown, 57P03 cannot connect now), 58 system error; and
 * 42P01 / 42703, a table or column missing (a deployment not yet migrated). Without a SQLSTATE: the
 * driver's and the network's own words for a lost or refused connection, and a pool that gave no
 * connection in time. An error that declares itself `transient: true` (a peer region that did not
 * answer, or answered 503) counts too. The error's `cause` chain is followed (a wrapped driver error counts).
 */
export const isTransientFailure = (error: unknown): boolean => {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    if ((current as { transient?: unknown }).transient === true) return true;
    const code = postgresErrorCode(current);
    if (code !== undefined) return TRANSIENT_CLASSES.has(code.slice(0, 2)) || TRANSIENT_CODES.has(code);
    if (isConnectionFailure(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
};

/** The SQLSTATE of a PostgreSQL error (five digits or capitals), when it is one. */
export const postgresErrorCode = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

const TRANSIENT_CLASSES = new Set(['08', '40', '53', '57', '58']);
const TRANSIENT_CODES = new Set(['42P01', '42703']);

const CONNECTION_FAILURE =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|Connection terminated|connection error|not queryable|the database system is|timeout|socket|Client was closed/i;

const isConnectionFailure = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && CONNECTION_FAILURE.test(code)) return true;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CONNECTION_FAILURE.test(message);
};
