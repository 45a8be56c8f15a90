import { documentOf } from '../documents.state';
import { CANDIDATE, ccpAward, decided, documentsSpec, historyOf, on, titleAward } from '../spec-support/documents-fixtures';
import type { RevokeDocument, RevokeDocumentData } from './revoke-document.command';
import { parseRevokeDocument } from './revoke-document.command';

const revoke = (overrides: Partial<RevokeDocumentData> = {}): RevokeDocument => ({
  type: 'RevokeDocument',
  data: { candidateId: CANDIDATE, documentId: 'doc-parchment', reason: 'Délivré par erreur.', officerId: 'o-1', officerRegion: 'idf', ...overrides },
});

const issued = decided([], titleAward(), '2025-06-23');

describe('RevokeDocument (decider)', () => {
  it("revokes a document that stands, at the issuing region's officer's request, with their reason", () => {
    const result = documentsSpec.given(issued).when(revoke(), on('2025-07-01'));
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'DocumentRevoked',
          data: {
            candidateId: CANDIDATE,
            documentId: 'doc-parchment',
            documentKind: 'parchment',
            decisionId: 'd-title',
            issuerRegion: 'idf',
            statusListIndex: 7,
            reason: 'Délivré par erreur.',
            by: { kind: 'officer', officerId: 'o-1', region: 'idf' },
            revokedOn: '2025-07-01',
          },
        },
      ],
    });
    const state = documentsSpec.given([...issued, ...(result.ok ? result.value : [])]).state();
    expect(documentOf(state, 'doc-parchment')).toMatchObject({
      status: 'revoked',
      revocation: { reason: 'Délivré par erreur.', revokedOn: '2025-07-01', by: { kind: 'officer', officerId: 'o-1', region: 'idf' } },
    });
  });

  it('an officer of another region cannot revoke: forbidden, naming the issuing region', () => {
    expect(documentsSpec.given(issued).when(revoke({ officerRegion: 'bre' }), on('2025-07-01'))).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: expect.stringContaining('issued by region idf') },
    });
  });

  it('refuses a document already revoked or superseded (conflict), and an unknown one (not found)', () => {
    const revoked = [...issued, ...decided(issued, revoke(), '2025-07-01')];
    expect(documentsSpec.given(revoked).when(revoke(), on('2025-07-02'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const superseded = historyOf([
      [ccpAward({ ccpCodes: ['CCP1'] }), '2024-03-18'],
      [ccpAward({ decisionId: 'd-2', ccpCodes: ['CCP2'], documentId: 'doc-booklet-2' }), '2024-04-18'],
    ]);
    expect(documentsSpec.given(superseded).when(revoke({ documentId: 'doc-booklet-1' }), on('2024-05-01'))).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('superseded') } });
    expect(documentsSpec.given(issued).when(revoke({ documentId: 'doc-unknown' }), on('2025-07-01'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'document', id: 'doc-unknown' } });
    expect(documentsSpec.given([]).when(revoke(), on('2025-07-01'))).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('still revokes after erasure: copies held by others must verify as revoked', () => {
    const erased = [...issued, ...decided(issued, { type: 'RecordErasure', data: { candidateId: CANDIDATE } }, '2025-06-30')];
    expect(documentsSpec.given(erased).when(revoke(), on('2025-07-01'))).toMatchObject({ ok: true, value: [{ type: 'DocumentRevoked' }] });
  });
});

describe('parseRevokeDocument', () => {
  it("records the officer as their token names them, npm run token's default subject included", () => {
    expect(parseRevokeDocument({ ...revoke().data, officerId: 'regional-officer@idf' })).toMatchObject({ ok: true, value: { data: { officerId: 'regional-officer@idf' } } });
  });

  it('trims the reason and keeps its lines', () => {
    expect(parseRevokeDocument({ ...revoke().data, reason: '  Erreur de saisie.\nVoir le dossier.  ' })).toMatchObject({ ok: true, value: { data: { reason: 'Erreur de saisie.\nVoir le dossier.' } } });
  });

  it.each([
    ['reason', 'an empty reason', { reason: '   ' }],
    ['reason', 'a reason over 1000 characters', { reason: 'x'.repeat(1001) }],
    ['reason', 'a NUL in the reason', { reason: 'a\u0000b' }],
    ['officerRegion', 'no officer region', { officerRegion: undefined }],
    ['officerId', 'no officer', { officerId: undefined }],
    ['reason', 'a right-to-left override in the reason', { reason: 'Erreur\u202E' }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRevokeDocument({ ...revoke().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
