import { payloadJsonSchema } from '../compatibility/json-schema';
import type { BoundedContext } from '../envelope/bounded-context';
import { EVENT_HEADERS, JSON_CONTENT_TYPE } from '../envelope/headers';
import type { IntegrationContract } from '../envelope/integration-contract';

/** Version of the published document; raise it when its shape (not a contract) changes. */
export const ASYNCAPI_DOCUMENT_VERSION = '1.0.0';

/** Component key of a contract version, e.g. `CandidateRegistered_v1`. */
const messageKey = (contract: IntegrationContract): string => `${contract.type}_v${contract.version}`;
const channelKey = (context: BoundedContext): string => `${context}Events`;

const headersSchema = (contract: IntegrationContract) => ({
  type: 'object',
  required: [
    EVENT_HEADERS.eventId,
    EVENT_HEADERS.eventType,
    EVENT_HEADERS.schemaVersion,
    EVENT_HEADERS.correlationId,
    EVENT_HEADERS.contentType,
  ],
  properties: {
    [EVENT_HEADERS.eventId]: { type: 'string', description: 'Id of the event; apply each id once (inbox).' },
    [EVENT_HEADERS.eventType]: { type: 'string', const: contract.type },
    [EVENT_HEADERS.schemaVersion]: { type: 'string', const: String(contract.version) },
    [EVENT_HEADERS.correlationId]: { type: 'string', description: 'Shared by everything one request set off.' },
    [EVENT_HEADERS.causationId]: { type: 'string', description: 'Id of the event or request that caused this one.' },
    [EVENT_HEADERS.traceparent]: { type: 'string', description: 'W3C trace context.', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' },
    [EVENT_HEADERS.occurredAt]: { type: 'string', format: 'date-time', description: 'When the source event was recorded.' },
    [EVENT_HEADERS.source]: { type: 'string', description: 'Producing service and region.' },
    [EVENT_HEADERS.contentType]: { type: 'string', const: JSON_CONTENT_TYPE },
  },
});

const byIdentity = (a: IntegrationContract, b: IntegrationContract): number =>
  a.context.localeCompare(b.context) || a.type.localeCompare(b.type) || a.version - b.version;

/**
 * The AsyncAPI 3.0 document of the integration events: one channel per context topic, one message
 * per contract version (payload = the contract's JSON Schema, headers = the envelope, key = the
 * candidate id). Deterministic, so the committed copy can be compared with a fresh one.
 */
export const buildAsyncApiDocument = (contracts: readonly IntegrationContract[]): Record<string, unknown> => {
  const sorted = [...contracts].sort(byIdentity);
  const contexts = [...new Set(sorted.map((contract) => contract.context))];
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const context of contexts) {
    const inContext = sorted.filter((contract) => contract.context === context);
    const topic = inContext[0]?.topic ?? '';
    channels[channelKey(context)] = {
      address: topic,
      title: `Integration events of the ${context} service`,
      description: `Keyed by candidate id, so each candidate's events keep their order. Messages a consumer cannot handle go to \`${topic}.dlq\`.`,
      messages: Object.fromEntries(
        inContext.map((contract) => [messageKey(contract), { $ref: `#/components/messages/${messageKey(contract)}` }]),
      ),
      bindings: { kafka: { topic, bindingVersion: '0.5.0' } },
    };
    operations[`receive${context[0]?.toUpperCase()}${context.slice(1)}Events`] = {
      action: 'receive',
      title: `Subscribe to the ${context} service's events`,
      summary: 'Join a consumer group; record each event id with its effect so that a redelivery changes nothing.',
      channel: { $ref: `#/channels/${channelKey(context)}` },
      messages: inContext.map((contract) => ({ $ref: `#/channels/${channelKey(context)}/messages/${messageKey(contract)}` })),
    };
  }
  const messages = Object.fromEntries(
    sorted.map((contract) => [
      messageKey(contract),
      {
        name: contract.type,
        title: `${contract.type} v${contract.version}`,
        summary: contract.summary,
        ...(contract.description ? { description: contract.description } : {}),
        contentType: JSON_CONTENT_TYPE,
        headers: headersSchema(contract),
        payload: { $ref: `#/components/schemas/${messageKey(contract)}` },
        correlationId: { $ref: '#/components/correlationIds/correlationId' },
        bindings: {
          kafka: { key: { type: 'string', description: 'The candidate id.' }, bindingVersion: '0.5.0' },
        },
      },
    ]),
  );
  const schemas = Object.fromEntries(sorted.map((contract) => [messageKey(contract), payloadJsonSchema(contract)]));
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'TitrePro integration events',
      version: ASYNCAPI_DOCUMENT_VERSION,
      description:
        'Events the TitrePro services publish on Kafka. The value is the JSON payload; identity, type, ' +
        'schema version and trace context travel in headers. Payloads carry ids and facts, never personal ' +
        'data. Generated from libs/contracts by `npm run asyncapi`; do not edit.',
    },
    defaultContentType: JSON_CONTENT_TYPE,
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The developer broker (infra/kafka/start).' },
    },
    channels,
    operations,
    components: {
      messages,
      schemas,
      correlationIds: {
        correlationId: { description: 'Shared by everything one request set off.', location: `$message.header#/${EVENT_HEADERS.correlationId}` },
      },
    },
  };
};
