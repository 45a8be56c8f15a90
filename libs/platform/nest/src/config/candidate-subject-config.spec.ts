import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateSubjectDigest } from '../auth/candidate-sign-in';
import { candidateSubjectPepperOf } from './candidate-subject-config';
import { loadConfig } from './load-config';
import { serviceConfigSchema } from './service-config';

const base = { REGION: 'idf', DATABASE_URL: 'postgres://localhost/x', KAFKA_BROKERS: 'localhost:9092' };
const candidates = [{ issuer: 'https://fc.example', audience: 'titrepro', kind: 'candidates' as const, claims: {} }];
const PEPPER = 'p'.repeat(32);

describe('CANDIDATE_SUBJECT_PEPPER(_FILE)', () => {
  it('is required once a candidates issuer is trusted, naming the variable', () => {
    expect(() => candidateSubjectPepperOf({}, candidates)).toThrow(/CANDIDATE_SUBJECT_PEPPER: is missing/);
    expect(candidateSubjectPepperOf({}, [])).toBeUndefined();
  });

  it('reads the pepper from a file (one trailing newline dropped), and refuses both or a short one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pepper-')), 'pepper');
    writeFileSync(file, `${PEPPER}\n`);
    const config = loadConfig(serviceConfigSchema, { ...base, CANDIDATE_SUBJECT_PEPPER_FILE: file });
    expect(candidateSubjectPepperOf(config, candidates)).toBe(PEPPER);
    expect(() => candidateSubjectPepperOf({ CANDIDATE_SUBJECT_PEPPER: PEPPER, CANDIDATE_SUBJECT_PEPPER_FILE: PEPPER }, candidates)).toThrow(/both set/);
    expect(() => loadConfig(serviceConfigSchema, { ...base, CANDIDATE_SUBJECT_PEPPER: 'short' })).toThrow(/CANDIDATE_SUBJECT_PEPPER/);
  });

  it('digests issuer and subject under the pepper: another issuer, subject or pepper gives another digest', () => {
    const digest = candidateSubjectDigest(PEPPER, 'https://fc.example', 'sub-1');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toContain('sub-1');
    expect(candidateSubjectDigest(PEPPER, 'https://fc.example', 'sub-2')).not.toBe(digest);
    expect(candidateSubjectDigest(PEPPER, 'https://other.example', 'sub-1')).not.toBe(digest);
    expect(candidateSubjectDigest('q'.repeat(32), 'https://fc.example', 'sub-1')).not.toBe(digest);
    // The separator keeps issuer and subject apart: "a" + "bc" is not "ab" + "c".
    expect(candidateSubjectDigest(PEPPER, 'a', 'bc')).not.toBe(candidateSubjectDigest(PEPPER, 'ab', 'c'));
  });
});
