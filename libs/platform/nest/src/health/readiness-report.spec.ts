import { readinessReport } from './readiness-report';

describe('readiness report', () => {
  it('is ok when every check is up', () => {
    expect(readinessReport({ postgres: { status: 'up' }, kafka: { status: 'up' } }).status).toBe('ok');
  });

  it('is degraded when a check is degraded and none is down', () => {
    expect(readinessReport({ postgres: { status: 'up' }, projection: { status: 'degraded', details: { parked: 1 } } }).status).toBe('degraded');
  });

  it('is down when any check is down, whatever the others say', () => {
    expect(readinessReport({ projection: { status: 'degraded' }, kafka: { status: 'down' }, postgres: { status: 'up' } }).status).toBe('down');
  });
});
