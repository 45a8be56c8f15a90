import { toProblem } from './to-problem';
import { isDatabaseUnavailable } from './database-unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('a database that cannot serve the request now', () => {
  it.each([
    ['too many clients (53300)', pgError('53300', 'sorry, too many clients already')],
    ['too many connections for a database (53300)', pgError('53300', 'too many connections for database "x"')],
    ['the server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['an administrator ending the connection (57P01)', pgError('57P01')],
    ['a connection failure (08006)', pgError('08006')],
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a deadlock (40P01)', pgError('40P01', 'deadlock detected')],
    ["the pool's bounded wait", new Error('timeout exceeded when trying to connect')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ["TypeORM's wrapping of 53300", Object.assign(new Error('sorry, too many clients already'), { name: 'QueryFailedError', driverError: pgError('53300') })],
  ])('answers 503 for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toProblem(error)).toMatchObject({ status: 503, type: 'https://titrepro.fr/problems/database-unavailable' });
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['an invalid byte sequence', pgError('22021')],
    ['a bug', new TypeError('x is undefined')],
  ])('still answers 500 for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(toProblem(error).status).toBe(500);
  });
});
