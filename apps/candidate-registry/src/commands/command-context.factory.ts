import { randomUUID } from 'node:crypto';
import type { CommandContext } from '@titrepro/event-store';
import { parseTraceparent } from '@titrepro/messaging';
import type { Caller } from '@titrepro/platform-nest';
import type { CandidateEvent } from '@titrepro/domain-registry';
import { decisionTraceOf, eventSchemaVersions, personalFieldsOf } from '@titrepro/domain-registry';

/** What the HTTP layer knows about the request a command comes from. */
export interface RequestOrigin {
  readonly caller: Caller;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

const header = (headers: RequestOrigin['headers'], name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** How a candidate event is stored: its version, the candidate's personal fields, the rules behind it. */
export const describeCandidateEvent = (event: CandidateEvent) => {
  const fields = personalFieldsOf(event.type);
  const decision = decisionTraceOf(event);
  return {
    schemaVersion: eventSchemaVersions[event.type],
    ...(fields.length > 0 ? { personal: { subjectId: event.data.candidateId, fields } } : {}),
    ...(decision ? { decision } : {}),
  };
};

/** The context of one command: now, fresh ids, who/where/which trace, how events are stored. */
export const commandContextFor = (origin: RequestOrigin, region: string): CommandContext<CandidateEvent> => {
  const traceparent = header(origin.headers, 'traceparent');
  return {
    now: new Date(),
    newEventId: randomUUID,
    metadata: {
      correlationId: header(origin.headers, 'x-correlation-id') ?? randomUUID(),
      causationId: null,
      actor: { subject: origin.caller.subject, role: origin.caller.role },
      region,
      ...(traceparent && parseTraceparent(traceparent) ? { traceparent } : {}),
    },
    describe: describeCandidateEvent,
  };
};
