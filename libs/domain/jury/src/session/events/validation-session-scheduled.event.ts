import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { SessionKind } from '../shared/session-kind';

/** The regional office scheduled a validation session of a title on a date. */
export type ValidationSessionScheduled = DomainEvent<
  'ValidationSessionScheduled',
  {
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly date: CalendarDate;
    readonly kind: SessionKind;
    readonly ccsCode: string | null;
    readonly scheduledOn: CalendarDate;
  }
>;
