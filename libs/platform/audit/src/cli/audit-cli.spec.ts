import { runAuditCli } from './audit-cli';
import { asOfInstant } from '../history/candidate-history';
import { canonical } from '../replay/canonical';

/** The CLI on no store at all: what it answers before it opens one. */
const run = async (argv: string[], env: Record<string, string | undefined> = {}) => {
  let stdout = '';
  let stderr = '';
  const status = await runAuditCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: { write: (text: string) => ((stderr += text), true) } as unknown as NodeJS.WriteStream,
    env,
  });
  return { status, stdout, stderr };
};

describe('the audit CLI, before any store', () => {
  it('lists its commands on --help and exits 0', async () => {
    const { status, stdout } = await run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/history \[options\] <candidateId>[\s\S]*replay[\s\S]*verify[\s\S]*export/);
  });

  it('exits 2 without stores to audit, and on a date that is not one', async () => {
    expect((await run(['verify'])).status).toBe(2);
    const badDate = await run(['history', 'c-1', '--as-of', 'yesterday'], { AUDIT_STORES: '[]' });
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/is not a date/);
  });
});

describe('the audit’s plain helpers', () => {
  it('reads an as-of day as its end, in UTC', () => {
    expect(asOfInstant('2026-06-16')).toBe('2026-06-16T23:59:59.999Z');
    expect(() => asOfInstant('16/06/2026')).toThrow(RangeError);
  });

  it('writes equal facts as equal text, whatever the key order', () => {
    expect(canonical({ b: 1, a: { d: [2, { f: undefined, e: 3 }], c: null } })).toBe(canonical({ a: { c: null, d: [2, { e: 3 }] }, b: 1 }));
  });
});
