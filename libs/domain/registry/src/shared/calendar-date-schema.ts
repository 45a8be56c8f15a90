import { isCalendarDate } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** A `YYYY-MM-DD` day that exists; for command input and for stored events alike. */
export const calendarDate = z.string().refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD that exists' });
