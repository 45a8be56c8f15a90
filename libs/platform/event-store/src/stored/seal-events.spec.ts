import { newEvent } from '../contract/contract-target';
import type { EventMetadata } from '../port/event-metadata';
import { sealEvents } from './seal-events';

const withOccurredAt = (occurredAt: unknown) => {
  const event = newEvent('Happened', {});
  return { ...event, metadata: { ...event.metadata, occurredAt } as EventMetadata };
};

describe('sealEvents', () => {
  it('accepts an occurredAt that is an ISO-8601 instant, in UTC or with an offset', () => {
    expect(() => sealEvents([withOccurredAt('2026-03-01T09:00:00.000Z'), withOccurredAt('2026-03-01T10:00:00+01:00')], undefined)).not.toThrow();
  });

  it.each([
    ['missing', undefined],
    ['a Date object', new Date('2026-03-01T09:00:00Z')],
    ['a date without a time', '2026-03-01'],
    ['a local time without an offset', '2026-03-01T09:00:00'],
    ['not a real instant', '2026-02-30T09:00:00Z'],
  ])('refuses an event whose metadata.occurredAt is %s', (_, occurredAt) => {
    expect(() => sealEvents([withOccurredAt(occurredAt)], undefined)).toThrow(/occurredAt/);
  });
});
