import { randomBytes } from 'node:crypto';
import { REDACTED } from '../port/events';
import { protectPersonalData, revealPersonalData } from './personal-data';

const key = { subjectId: 'cand-1', keyId: 'k1', key: randomBytes(32) };
const spec = { subjectId: 'cand-1', fields: ['name', 'birthDate'] };

describe('personal data sealing', () => {
  const data = { candidateId: 'cand-1', name: 'Yanis Haddad', birthDate: '1999-04-30' };

  it('keeps no plaintext of the personal fields, and opens them again with the key', () => {
    const stored = protectPersonalData(data, spec, key);
    expect(JSON.stringify(stored)).not.toContain('Yanis');
    expect(JSON.stringify(stored)).not.toContain('1999');
    expect(stored['candidateId']).toBe('cand-1');
    expect(revealPersonalData(stored, spec, key)).toEqual(data);
  });

  it('reads the fields as REDACTED without the key, or with another key', () => {
    const stored = protectPersonalData(data, spec, key);
    expect(revealPersonalData(stored, spec, undefined)).toEqual({ candidateId: 'cand-1', name: REDACTED, birthDate: REDACTED });
    expect(revealPersonalData(stored, spec, { ...key, key: randomBytes(32) })).toMatchObject({ name: REDACTED });
  });

  it('does not open a ciphertext moved to another field', () => {
    const stored = protectPersonalData(data, spec, key);
    expect(revealPersonalData({ ...stored, name: stored['birthDate'] }, spec, key)).toMatchObject({ name: REDACTED, birthDate: '1999-04-30' });
  });
});
