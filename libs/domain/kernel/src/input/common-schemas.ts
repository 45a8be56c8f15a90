import { z } from 'zod';
import { isCalendarDate } from '../calendar-date';

/** A `YYYY-MM-DD` day that exists; for command input and stored events alike. */
export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD that exists' });

/** An id that ends up in stream ids and URLs (server-minted UUIDs, or a client's pathway id). */
export const identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
  message: 'must be 1 to 64 letters, digits, dashes or underscores',
});

/** A regional office's code, as the deployments' REGION: `idf`, `ara`… */
export const regionCode = z.string().regex(/^[a-z]{2,5}$/, { message: 'must be a lower-case region code such as "idf" or "ara"' });
