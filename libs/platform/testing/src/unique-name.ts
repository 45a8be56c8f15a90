import { randomBytes } from 'node:crypto';

/**
 * A name no earlier run used: test files get their own databases and topics, so they run in
 * parallel and a rerun never sees old data.
 */
export const uniqueName = (prefix: string): string =>
  `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
