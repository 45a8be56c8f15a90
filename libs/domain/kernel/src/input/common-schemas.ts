import { z } from 'zod';
import { isCalendarDate } from '../calendar-date';
import { plainTextProblem } from './plain-text';

/** A `YYYY-MM-DD` day that exists; for command input and stored events alike. */
export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD that exists' });

/**
 * The shape of every id that ends up in stream ids, URLs and database keys: published as the
 * OpenAPI `pattern` of every id field and path parameter, and enforced at the edge with it.
 */
export const IDENTIFIER_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
export const IDENTIFIER_RULE = 'must be 1 to 64 letters, digits, dashes or underscores, starting with a letter or digit';

/** An id that ends up in stream ids and URLs (server-minted UUIDs, or a client's pathway id). */
export const identifier = z.string().regex(new RegExp(IDENTIFIER_PATTERN), { message: IDENTIFIER_RULE });

/** A regional office's code, as the deployments' REGION: `idf`, `ara`… */
export const regionCode = z.string().regex(/^[a-z]{2,5}$/, { message: 'must be a lower-case region code such as "idf" or "ara"' });

/** The longest subject a token may carry (OpenID Connect's limit for `sub`). */
export const ACTOR_SUBJECT_MAX_LENGTH = 255;
export const ACTOR_SUBJECT_RULE = `must be 1 to ${ACTOR_SUBJECT_MAX_LENGTH} printable characters, without control characters or spaces at either end`;

/**
 * Who acted, as the identity provider names them (a token's `sub`): opaque, not an id of ours, so
 * any printable text within OpenID Connect's limit — `regional-officer@idf`, a ProConnect hash.
 * Recorded as the actor (`submittedBy`, `officerId`); the auth guard refuses a token whose subject
 * breaks it, so a command never fails on it.
 */
export const actorSubject = z
  .string()
  .min(1, { message: ACTOR_SUBJECT_RULE })
  .max(ACTOR_SUBJECT_MAX_LENGTH, { message: ACTOR_SUBJECT_RULE })
  .refine((subject) => subject.trim() === subject && plainTextProblem(subject) === undefined, { message: ACTOR_SUBJECT_RULE });
