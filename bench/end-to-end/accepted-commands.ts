/**
 * "HTTP accepted", read where the client sees it: Node's fetch (undici) publishes each response's
 * arrival on the `undici:request:headers` diagnostics channel. Every command of the load carries an
 * `x-correlation-id` of its own, which the services copy into the events it appends and their
 * Kafka headers: that id joins the command to what the probes observe downstream.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

export const CORRELATION_HEADER = 'x-correlation-id';
const CHANNEL = 'undici:request:headers';

/** What a command is, for the probes: most only have events; a deliberation updates the jury's view; a seal leads to documents. */
export type CommandKind =
  | { readonly kind: 'deliberation'; readonly sessionId: string; readonly candidateId: string }
  | { readonly kind: 'seal'; readonly sessionId: string }
  | { readonly kind: 'other' };

export interface AcceptedCommand {
  readonly correlationId: string;
  readonly method: string;
  /** `http://127.0.0.1:5103`: which service answered. */
  readonly origin: string;
  readonly path: string;
  readonly status: number;
  /** performance.now() when the answer's headers arrived. */
  readonly acceptedAt: number;
  readonly command: CommandKind;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The value of a header in undici's flat [name, value, name, value…] array, or its older "name: value\r\n" string. */
export const headerValue = (headers: unknown, name: string): string | undefined => {
  if (Array.isArray(headers)) {
    for (let index = 0; index + 1 < headers.length; index += 2) {
      if (String(headers[index]).toLowerCase() === name) return String(headers[index + 1]);
    }
    return undefined;
  }
  if (typeof headers === 'string') {
    const line = headers.split('\r\n').find((candidate) => candidate.toLowerCase().startsWith(`${name}:`));
    return line?.slice(name.length + 1).trim();
  }
  return undefined;
};

const ID = '[0-9a-f-]{36}';
const DELIBERATION = new RegExp(`^/sessions/(${ID})/candidates/(${ID})/deliberation$`);
const SEAL = new RegExp(`^/sessions/(${ID})/minutes/seal$`);

/** The jury's two commands the probes follow further than the event: a deliberation and a seal. */
export const commandKindOf = (method: string, path: string): CommandKind => {
  const bare = path.split('?')[0] ?? '';
  if (method !== 'POST') return { kind: 'other' };
  const deliberation = DELIBERATION.exec(bare);
  if (deliberation) return { kind: 'deliberation', sessionId: deliberation[1] as string, candidateId: deliberation[2] as string };
  const seal = SEAL.exec(bare);
  if (seal) return { kind: 'seal', sessionId: seal[1] as string };
  return { kind: 'other' };
};

interface UndiciHeadersMessage {
  readonly request: { readonly method: string; readonly origin: string; readonly path: string; readonly headers: unknown };
  readonly response: { readonly statusCode: number };
}

/**
 * Listens, from `start()` to `stop()`, for the answers to this process's fetch calls that carry a
 * correlation id with `prefix`: a command accepted is a mutating request answered 2xx.
 */
export class AcceptedCommandLog {
  private readonly listener = (message: unknown): void => {
    const { request, response } = message as UndiciHeadersMessage;
    if (!MUTATING.has(request.method) || response.statusCode < 200 || response.statusCode >= 300) return;
    const correlationId = headerValue(request.headers, CORRELATION_HEADER);
    if (!correlationId?.startsWith(this.prefix)) return;
    this.onAccepted({
      correlationId,
      method: request.method,
      origin: request.origin,
      path: request.path,
      status: response.statusCode,
      acceptedAt: performance.now(),
      command: commandKindOf(request.method, request.path),
    });
  };

  constructor(
    private readonly prefix: string,
    private readonly onAccepted: (command: AcceptedCommand) => void,
  ) {}

  start(): void {
    subscribe(CHANNEL, this.listener);
  }

  stop(): void {
    unsubscribe(CHANNEL, this.listener);
  }
}
