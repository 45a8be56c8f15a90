import { toProblem } from './to-problem';

/** What node-postgres raises: a DatabaseError with the SQLSTATE as `code` and a `severity`. */
const databaseError = (code: string): Error => Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code, severity: 'ERROR' });

describe('toProblem, the last line for PostgreSQL data exceptions (class 22)', () => {
  it.each([
    ['22021, a NUL in text', databaseError('22021')],
    ['22P02, a malformed uuid', databaseError('22P02')],
    ['22001, a value too long, wrapped by TypeORM', Object.assign(new Error('QueryFailedError'), { driverError: databaseError('22001') })],
  ])('answers %s with 400 invalid-input, quoting nothing of the value', (_what, error) => {
    const problem = toProblem(error);
    expect(problem).toMatchObject({ status: 400, type: 'https://titrepro.fr/problems/invalid-input', errors: [{ field: '(request)' }] });
    expect(JSON.stringify(problem)).not.toContain('0x00');
  });

  it('keeps other database errors (42601, a syntax error: a fault of ours) a 500 that reveals nothing', () => {
    expect(toProblem(databaseError('42601'))).toMatchObject({ status: 500, detail: 'an unexpected error occurred; it has been logged' });
  });

  it('names the body when body-parser refuses it', () => {
    expect(toProblem(Object.assign(new Error('Unexpected token'), { status: 400, type: 'entity.parse.failed' }))).toMatchObject({
      status: 400,
      errors: [{ field: 'body', message: 'is not valid JSON' }],
    });
  });
});
