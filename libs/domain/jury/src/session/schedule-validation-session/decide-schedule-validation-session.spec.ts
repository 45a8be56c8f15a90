import { deciderSpec } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { BEFORE, OTHER_CCS, OTHER_TITLE, play, schedule, spec, TSGERI } from '../../spec-support/session-fixtures';
import { createSessionDecider } from '../session.decider';
import { parseScheduleValidationSession } from './schedule-validation-session.command';

describe('ScheduleValidationSession (decider)', () => {
  it('schedules a title session on a date the title is in force', () => {
    expect(spec.given([]).when(schedule(), BEFORE)).toEqual({
      ok: true,
      value: [
        {
          type: 'ValidationSessionScheduled',
          data: { sessionId: 's-1', region: 'idf', titleCode: TSGERI, date: '2025-06-16', kind: 'title', ccsCode: null, scheduledOn: '2025-06-02' },
        },
      ],
    });
  });

  it('schedules a CCS session for a CCS of the title', () => {
    expect(spec.given([]).when(schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: OTHER_CCS }), BEFORE)).toMatchObject({ ok: true, value: [{ data: { kind: 'ccs', ccsCode: OTHER_CCS } }] });
  });

  it("schedules a CCS session of the shipped référentiel's ADVF (TP-00366), whose CCS1 is real", () => {
    const shipped = deciderSpec(createSessionDecider({ referential, rulebooks }));
    expect(shipped.given([]).when(schedule({ titleCode: 'TP-00366', kind: 'ccs', ccsCode: 'CCS1' }), BEFORE)).toMatchObject({
      ok: true,
      value: [{ type: 'ValidationSessionScheduled', data: { titleCode: 'TP-00366', kind: 'ccs', ccsCode: 'CCS1' } }],
    });
  });

  it('refuses a CCS session of a title without CCS, naming it', () => {
    expect(spec.given([]).when(schedule({ kind: 'ccs', ccsCode: 'CCS1' }), BEFORE)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'ccsCode', message: `title ${TSGERI} has no CCS: no ccs session can be held for it` },
    });
  });

  it('refuses a CCS session without a CCS or with a CCS of no title, and a ccsCode in another kind of session', () => {
    expect(spec.given([]).when(schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: null }), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'ccsCode' } });
    expect(spec.given([]).when(schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: 'CCS9' }), BEFORE)).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'ccsCode', message: expect.stringContaining('CCS9 is not a CCS of title TP-00002') as string },
    });
    expect(spec.given([]).when(schedule({ titleCode: OTHER_TITLE, kind: 'ccp', ccsCode: OTHER_CCS }), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'ccsCode' } });
  });

  it('refuses an unknown title, and a date the title is not in force', () => {
    expect(spec.given([]).when(schedule({ titleCode: 'TP-99999' }), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'titleCode' } });
    expect(spec.given([]).when(schedule({ date: '2001-01-01' }), BEFORE)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'date' } });
  });

  it('refuses a session date more than a year back or two years ahead of the decision day, naming date and its range', () => {
    expect(spec.given([]).when(schedule({ date: '2020-06-01' }), BEFORE)).toEqual({
      ok: false,
      error: {
        kind: 'invalid-input',
        field: 'date',
        message: 'must be a session date, from 1 year before today (not before 2000-01-01) to 2 years after today (not after 2099-12-31) (on 2025-06-02: 2024-06-02 to 2027-06-02)',
      },
    });
    expect(spec.given([]).when(schedule({ date: '2027-06-03' }), BEFORE)).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(spec.given([]).when(schedule({ date: '2024-06-03' }), BEFORE).ok).toBe(true);
  });

  it('refuses to schedule a session twice', () => {
    expect(spec.given(play([[schedule(), BEFORE]])).when(schedule(), BEFORE)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('parseScheduleValidationSession', () => {
  const input = { sessionId: 's-1', region: 'idf', titleCode: TSGERI, date: '2025-06-16', kind: 'title' };

  it('defaults an absent ccsCode to null', () => {
    expect(parseScheduleValidationSession(input)).toEqual({ ok: true, value: { type: 'ScheduleValidationSession', data: { ...input, ccsCode: null } } });
  });

  it.each([
    ['date', { date: '2025-02-30' }],
    ['date', { date: '2999-12-31' }],
    ['date', { date: '1800-01-01' }],
    ['kind', { kind: 'exam' }],
    ['titleCode', { titleCode: 'TSGERI' }],
    ['region', { region: 'Île-de-France' }],
    ['extra', { extra: true }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseScheduleValidationSession({ ...input, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
