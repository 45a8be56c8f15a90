import { checkDateInRange, conflict, DATE_RANGES, type DomainError, type EventsOrRefusal, fail, invalidInput, ok, type Result } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { SessionEvent } from '../events/session-event-catalogue';
import type { DecisionInput } from '../../shared/decision';
import type { SessionState } from '../session.state';
import type { ScheduleValidationSession } from './schedule-validation-session.command';

/** A ccs session judges one CCS of the title; other kinds judge none. */
const checkCcs = (title: Title, kind: ScheduleValidationSession['data']['kind'], ccsCode: string | null): Result<string | null, DomainError> => {
  if (kind !== 'ccs') return ccsCode === null ? ok(null) : fail(invalidInput('ccsCode', `must be absent in a ${kind} session`));
  if (title.ccss.length === 0) return fail(invalidInput('ccsCode', `title ${title.code} has no CCS: no ccs session can be held for it`));
  if (ccsCode === null) return fail(invalidInput('ccsCode', `is required in a ccs session; the CCSs of title ${title.code} are ${title.ccss.map((ccs) => ccs.code).join(', ')}`));
  return title.ccss.some((ccs) => ccs.code === ccsCode)
    ? ok(ccsCode)
    : fail(invalidInput('ccsCode', `${ccsCode} is not a CCS of title ${title.code}; its CCSs are ${title.ccss.map((ccs) => ccs.code).join(', ')}`));
};

/** Schedules a session of a title in force on its date, a date in the session range today, once per stream. */
export const decideScheduleValidationSession = (command: ScheduleValidationSession, state: SessionState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<SessionEvent> => {
  const { data } = command;
  if (state.status !== 'unscheduled') return fail(conflict(`session ${state.session.sessionId} is already scheduled (on ${state.session.date})`));
  const date = checkDateInRange(DATE_RANGES.sessionDate, 'date', data.date, today);
  if (!date.ok) return date;
  if (!dependencies.referential.findTitle(data.titleCode)) return fail(invalidInput('titleCode', `${data.titleCode} is not a title of the référentiel`));
  const title = dependencies.referential.titleValidAt(data.titleCode, data.date);
  if (!title) return fail(invalidInput('date', `title ${data.titleCode} is not in force on ${data.date}`));
  const ccsCode = checkCcs(title, data.kind, data.ccsCode);
  if (!ccsCode.ok) return ccsCode;
  return ok([
    {
      type: 'ValidationSessionScheduled',
      data: { sessionId: data.sessionId, region: data.region, titleCode: data.titleCode, date: data.date, kind: data.kind, ccsCode: ccsCode.value, scheduledOn: today },
    },
  ]);
};
