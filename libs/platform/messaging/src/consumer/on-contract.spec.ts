import { CandidateRegisteredV1, CONTRACTS, EVENT_HEADERS, PathwayOpenedV1 } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { PermanentHandlerError, type ConsumedEvent } from './consumed-event';
import { decodeMessage } from './decode-message';
import { byContract, on } from './on-contract';

const registered = { candidateId: 'c-1', region: '84', registeredAt: '2024-05-02T09:30:00.000Z' };

const event = (type: string, payload: Record<string, unknown>, schemaVersion = 1): ConsumedEvent => ({
  eventId: 'evt-1',
  type,
  schemaVersion,
  payload: payload as ConsumedEvent['payload'],
  key: 'c-1',
  correlationId: 'corr-1',
  causationId: undefined,
  traceparent: undefined,
  occurredAt: undefined,
  source: 'titrepro.registry/84',
  topic: 'titrepro.registry.events',
  partition: 0,
  offset: '0',
});

describe('on(Contract, handler)', () => {
  const handle = byContract(
    on(CandidateRegisteredV1, (consumed) => `registered in ${consumed.payload.region} at ${consumed.payload.registeredAt}`),
    on(PathwayOpenedV1, (consumed) => `opened ${consumed.payload.titleCode} (${consumed.payload.pathway})`),
  );

  it("gives the handler of the event's contract its payload, typed from the schema", () => {
    expect(handle(event('CandidateRegistered', registered))).toBe('registered in 84 at 2024-05-02T09:30:00.000Z');
  });

  it('answers undefined for another contract, or another version of one it handles', () => {
    expect(handle(event('PathwayWithdrawn', { candidateId: 'c-1' }))).toBeUndefined();
    expect(handle(event('CandidateRegistered', registered, 2))).toBeUndefined();
  });

  it("refuses a payload that breaks the contract's schema as a permanent failure (a dead letter), before the handler runs", () => {
    const handler = jest.fn();
    const strict = byContract(on(CandidateRegisteredV1, handler));
    expect(() => strict(event('CandidateRegistered', { candidateId: 'c-1', region: 42 }))).toThrow(PermanentHandlerError);
    expect(() => strict(event('CandidateRegistered', { candidateId: 'c-1', region: 42 }))).toThrow(/CandidateRegistered@1: region/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands over the schema\'s output: unknown fields stripped from a payload read back from storage', () => {
    const seen = jest.fn();
    byContract(on(CandidateRegisteredV1, (consumed) => seen(consumed.payload)))(event('CandidateRegistered', { ...registered, forged: 'x' }));
    expect(seen).toHaveBeenCalledWith(registered);
  });

  it('does not validate again a payload the decoder validated against the same contract', () => {
    const message: KafkaMessage = {
      key: Buffer.from('c-1'),
      value: Buffer.from(JSON.stringify(registered)),
      headers: { [EVENT_HEADERS.eventId]: 'evt-1', [EVENT_HEADERS.eventType]: 'CandidateRegistered', [EVENT_HEADERS.schemaVersion]: '1', [EVENT_HEADERS.correlationId]: 'c' },
      offset: '1',
      timestamp: '0',
      attributes: 0,
    };
    const decoded = decodeMessage(message, { topic: 't', partition: 0 }, CONTRACTS);
    if (!decoded.ok) throw new Error(decoded.error);
    const parse = jest.spyOn(CandidateRegisteredV1.schema, 'safeParse');
    const seen = jest.fn();
    byContract(on(CandidateRegisteredV1, (consumed) => seen(consumed.payload)))(decoded.event);
    expect(seen).toHaveBeenCalledWith(decoded.event.payload);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('refuses two handlers of one contract', () => {
    expect(() => byContract(on(CandidateRegisteredV1, () => 1), on(CandidateRegisteredV1, () => 2))).toThrow(/Two handlers of CandidateRegistered@1/);
  });
});
