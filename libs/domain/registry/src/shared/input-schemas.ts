import { z } from 'zod';

/** Ids are chosen by the caller (UUIDs in practice) and end up in stream ids and URLs. */
export const identifier = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
  message: 'must be 1 to 64 letters, digits, dashes or underscores',
});

/** Same format as the deployments' REGION (platform config): `idf`, `ara`… */
export const regionCode = z.string().regex(/^[a-z]{2,5}$/, { message: 'must be a lower-case region code such as "idf" or "ara"' });
