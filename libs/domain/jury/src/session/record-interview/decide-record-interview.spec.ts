import { aFile, BEFORE, constitute, convene, deliberate, interview, M1, M2, member, on, play, schedule, SESSION_DAY, spec, TITLE_AWARDED } from '../../spec-support/session-fixtures';
import { approvedAndSealed } from '../../spec-support/session-whole-life';
import { parseRecordInterview } from './record-interview.command';

const ready = () => play([[schedule(), BEFORE], [constitute([M1, M2]), BEFORE], [convene(aFile()), BEFORE]]);

describe('RecordInterview (decider)', () => {
  it('records the jury’s interview on the session date', () => {
    expect(spec.given(ready()).when(interview(), SESSION_DAY)).toEqual({
      ok: true,
      value: [{ type: 'InterviewRecorded', data: { sessionId: 's-1', candidateId: 'c-1', memberId: 'm-1', heldOn: '2025-06-16' } }],
    });
  });

  it('refuses a member who does not sit on the jury (forbidden)', () => {
    expect(spec.given(ready()).when(interview('c-1', member('m-9').memberId), SESSION_DAY)).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: 'member m-9 does not sit on the jury of session s-1' },
    });
  });

  it('refuses before the session date, for a candidate not convened, twice, and after sealing', () => {
    expect(spec.given(ready()).when(interview(), on('2025-06-15'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('sits on 2025-06-16') as string } });
    expect(spec.given(ready()).when(interview('c-9'), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'convened candidate', id: 'c-9' } });
    expect(spec.given(play([[interview(), SESSION_DAY]], ready())).when(interview('c-1', M2.memberId), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const sealed = approvedAndSealed(play([[deliberate(TITLE_AWARDED), SESSION_DAY]], ready()));
    expect(spec.given(sealed).when(interview(), SESSION_DAY)).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('sealed on 2025-06-16') as string } });
  });
});

describe('parseRecordInterview', () => {
  it('refuses an id that is not an identifier, naming it', () => {
    expect(parseRecordInterview({ sessionId: 's-1', candidateId: 'c 1', memberId: 'm-1' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'candidateId' } });
  });
});
