import { isTransientFailure, postgresErrorCode } from './failure-kind';

const pgError = (code: string, message = 'pg says no') => Object.assign(new Error(message), { code });

describe('isTransientFailure', () => {
  it.each(['53300', '57P01', '57P03', '40001', '40P01', '08006', '08003', '58030', '42P01'])('counts SQLSTATE %s as the environment', (code) => {
    expect(isTransientFailure(pgError(code))).toBe(true);
  });

  it.each(['22021', '23505', '22P02', '42601', 'XX000'])('counts SQLSTATE %s as what was being done', (code) => {
    expect(isTransientFailure(pgError(code))).toBe(false);
  });

  it.each([
    new Error('connect ECONNREFUSED 127.0.0.1:5432'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
  ])('counts a lost or refused connection as the environment: %s', (error) => {
    expect(isTransientFailure(error)).toBe(true);
  });

  it('follows the cause of a wrapped error, and a plain error is not transient', () => {
    expect(isTransientFailure(new Error('command failed', { cause: pgError('53300') }))).toBe(true);
    expect(isTransientFailure(new Error('refused: not eligible'))).toBe(false);
    expect(isTransientFailure(undefined)).toBe(false);
  });

  it('reads a SQLSTATE only when it is one', () => {
    expect(postgresErrorCode(pgError('40P01'))).toBe('40P01');
    expect(postgresErrorCode(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });
});
