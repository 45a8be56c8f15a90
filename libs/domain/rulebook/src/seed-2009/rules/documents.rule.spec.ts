import type { BookletEntryFacts } from '../../facts/documents.facts';
import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

describe('PARCHMENT (seed-2009)', () => {
  it('issues a parchemin for an awarded title or CCS, from the award date', () => {
    expect(evaluateRule(SEED_2009, 'PARCHMENT', { certifies: 'title', awardedOn: '2024-05-02', on: '2024-05-02' }).passed).toBe(true);
    expect(evaluateRule(SEED_2009, 'PARCHMENT', { certifies: 'ccs', awardedOn: '2024-05-02', on: '2024-06-01' }).passed).toBe(true);
  });

  it('never issues a parchemin for a CCP alone', () => {
    const outcome = evaluateRule(SEED_2009, 'PARCHMENT', { certifies: 'ccp', awardedOn: '2024-05-02', on: '2024-06-01' });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.fr).toContain('livret');
  });

  it('refuses a parchemin for what is not awarded, or not yet', () => {
    expect(evaluateRule(SEED_2009, 'PARCHMENT', { certifies: 'title', awardedOn: null, on: '2024-06-01' }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'PARCHMENT', { certifies: 'title', awardedOn: '2024-05-02', on: '2024-05-01' }).passed).toBe(false);
  });
});

describe('BOOKLET (seed-2009)', () => {
  const facts: BookletEntryFacts = {
    titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
    entry: { ccpCode: 'CCP2', obtainedOn: '2024-05-02', sessionId: 'S-2024-17', region: 'IDF' },
    recordedCcpCodes: ['CCP1'],
    on: '2024-05-02',
  };

  it('records a CCP with its date, session and region', () => {
    const outcome = evaluateRule(SEED_2009, 'BOOKLET', facts);
    expect(outcome.passed).toBe(true);
    expect(outcome.explanation.fr).toContain('S-2024-17');
  });

  it('refuses an entry without session or region', () => {
    expect(evaluateRule(SEED_2009, 'BOOKLET', { ...facts, entry: { ...facts.entry, sessionId: '' } }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'BOOKLET', { ...facts, entry: { ...facts.entry, region: ' ' } }).passed).toBe(false);
  });

  it('refuses a CCP already recorded, or not of the title', () => {
    expect(evaluateRule(SEED_2009, 'BOOKLET', { ...facts, recordedCcpCodes: ['CCP2'] }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'BOOKLET', { ...facts, entry: { ...facts.entry, ccpCode: 'CCP7' } }).passed).toBe(false);
  });

  it('refuses a CCP not yet acquired on the recording date', () => {
    expect(evaluateRule(SEED_2009, 'BOOKLET', { ...facts, on: '2024-05-01' }).passed).toBe(false);
  });
});

describe('ISSUER (seed-2009)', () => {
  it('lets the regional office deliver parchemin and livret', () => {
    expect(evaluateRule(SEED_2009, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: 'IDF' } }).passed).toBe(true);
    expect(evaluateRule(SEED_2009, 'ISSUER', { document: 'booklet', issuer: { kind: 'regional-office', region: 'ARA' } }).passed).toBe(true);
  });

  it('refuses any other issuer', () => {
    expect(evaluateRule(SEED_2009, 'ISSUER', { document: 'parchment', issuer: { kind: 'training-organisation', region: 'IDF' } }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'ISSUER', { document: 'booklet', issuer: { kind: 'jury', region: 'IDF' } }).passed).toBe(false);
  });

  it('refuses an issuer without region', () => {
    expect(evaluateRule(SEED_2009, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: '' } }).passed).toBe(false);
  });
});
