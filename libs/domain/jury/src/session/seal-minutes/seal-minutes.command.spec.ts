import { parseSealMinutes } from './seal-minutes.command';

describe('parseSealMinutes', () => {
  it("records the officer as their token names them, npm run token's default subject (regional-officer@idf) included", () => {
    expect(parseSealMinutes({ sessionId: 's-1', officerId: 'regional-officer@idf' })).toMatchObject({ ok: true, value: { data: { officerId: 'regional-officer@idf' } } });
  });

  it('refuses an officer subject over 255 characters or with a control character', () => {
    expect(parseSealMinutes({ sessionId: 's-1', officerId: 'o'.repeat(256) })).toMatchObject({ ok: false, error: { field: 'officerId' } });
    expect(parseSealMinutes({ sessionId: 's-1', officerId: 'o\u0000' })).toMatchObject({ ok: false, error: { field: 'officerId' } });
  });
});
