import { childTraceparent, parseTraceparent } from './traceparent';

const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('traceparent', () => {
  it('continues the trace of its parent with a new span id', () => {
    const child = parseTraceparent(childTraceparent(parent));
    expect(child?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child?.parentId).not.toBe('00f067aa0ba902b7');
    expect(child?.flags).toBe('01');
  });

  it('starts a new trace when the parent is missing or malformed', () => {
    expect(parseTraceparent(childTraceparent(undefined))).toBeDefined();
    expect(parseTraceparent(childTraceparent('garbage'))?.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('rejects all-zero ids and the forbidden version ff', () => {
    expect(parseTraceparent('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(parseTraceparent(`ff${parent.slice(2)}`)).toBeUndefined();
  });
});
