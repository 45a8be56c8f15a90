import { BOUNDED_CONTEXTS, type BoundedContext } from '@titrepro/contracts';

/** Who published an integration event, as the `source` header says: `titrepro.<context>/<region>`. */
export interface EventSource {
  readonly context: BoundedContext;
  readonly region: string;
}

/** The header a relay stamps on every message it publishes (see ServiceRelay). */
export const sourceHeaderOf = (source: EventSource): string => `titrepro.${source.context}/${source.region}`;

/** Reads a `source` header; undefined when absent or not of the platform's form. */
export const parseEventSource = (header: string | undefined): EventSource | undefined => {
  const match = /^titrepro\.([a-z]+)\/([a-z0-9]+)$/.exec(header ?? '');
  if (!match) return undefined;
  const [, context, region] = match as unknown as [string, string, string];
  return (BOUNDED_CONTEXTS as readonly string[]).includes(context) ? { context: context as BoundedContext, region } : undefined;
};
