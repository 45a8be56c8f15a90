import { createHash } from 'node:crypto';
import { canonicalJson } from '@titrepro/event-store';

/** What makes two requests "the same" for an Idempotency-Key: method, path and body, canonically. */
export const requestFingerprint = (request: { readonly method: string; readonly originalUrl: string; readonly body?: unknown }): string =>
  createHash('sha256')
    .update(canonicalJson({ method: request.method, path: request.originalUrl.split('?')[0] ?? '', body: request.body ?? null }))
    .digest('hex');
