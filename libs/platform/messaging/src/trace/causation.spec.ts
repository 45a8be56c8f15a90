import { causationFromEvent, causationFromRequest, metadataOf } from './causation';
import { parseTraceparent } from './traceparent';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('causation', () => {
  it('takes the correlation id and trace of an HTTP request', () => {
    const causation = causationFromRequest({ 'x-correlation-id': 'corr-1', 'x-request-id': 'req-7', traceparent });
    expect(causation).toMatchObject({ correlationId: 'corr-1', causationId: 'req-7' });
    expect(parseTraceparent(causation.traceparent)?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('starts a correlation when the request has none', () => {
    const causation = causationFromRequest({}, () => 'new-id');
    expect(causation).toMatchObject({ correlationId: 'new-id', causationId: 'new-id' });
  });

  it('makes a consumed event the cause of what its handler appends, in the same correlation and trace', () => {
    const causation = causationFromEvent({ eventId: 'evt-9', correlationId: 'corr-1', traceparent });
    expect(causation).toMatchObject({ correlationId: 'corr-1', causationId: 'evt-9' });
    expect(parseTraceparent(causation.traceparent)?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(metadataOf(causation)).toEqual({ correlationId: 'corr-1', causationId: 'evt-9', traceparent: causation.traceparent });
  });

  it('replaces a client id that is not a plain token, since events and Kafka headers carry it', () => {
    const causation = causationFromRequest({ 'x-correlation-id': 'a\u0000b', 'x-request-id': 'r'.repeat(129) }, () => 'fresh');
    expect(causation).toMatchObject({ correlationId: 'fresh', causationId: 'fresh' });
  });
});
