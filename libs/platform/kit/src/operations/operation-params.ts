import { identifier } from '@titrepro/domain-kernel';
import { z } from 'zod';

/** A stream's id as the kit names streams: `<category>-<id>` (`candidate-0199…`, `jurysession-…`). */
export const streamIdParam = z.string().regex(/^[a-z]{1,32}-[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
  message: 'must be a stream id: a lower-case category, a dash and an id (1 to 64 letters, digits, dashes or underscores)',
});

/** A projection's, consumer's or relay's name: the kit names them like ids. */
export const componentNameParam = identifier;
