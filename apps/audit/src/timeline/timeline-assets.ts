import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page's files, beside this module (the build copies `assets/` next to the compiled one). */
const ASSETS = {
  'timeline.html': 'text/html; charset=utf-8',
  'timeline.js': 'text/javascript; charset=utf-8',
  'timeline.css': 'text/css; charset=utf-8',
} as const;

export type TimelineAssetName = keyof typeof ASSETS;

export interface TimelineAsset {
  readonly contentType: string;
  readonly body: Buffer;
}

/**
 * What the browser may do on the page: its own script and style only (no inline code, no other
 * origin), calls to this service only, no frames, no forms posted anywhere, no base rewriting.
 */
export const TIMELINE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Reads the three files once; a missing one fails the service's start, not a request. */
export const loadTimelineAssets = (directory = join(__dirname, 'assets')): ReadonlyMap<TimelineAssetName, TimelineAsset> =>
  new Map(
    (Object.entries(ASSETS) as Array<[TimelineAssetName, string]>).map(([name, contentType]) => [name, { contentType, body: readFileSync(join(directory, name)) }]),
  );
