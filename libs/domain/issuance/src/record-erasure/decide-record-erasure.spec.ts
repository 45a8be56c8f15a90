import { documentView } from '../documents.state';
import { CANDIDATE, decided, documentsSpec, on, titleAward } from '../spec-support/documents-fixtures';
import type { RecordErasure } from './record-erasure.command';
import { parseRecordErasure } from './record-erasure.command';

const erasure: RecordErasure = { type: 'RecordErasure', data: { candidateId: CANDIDATE } };

describe('RecordErasure (decider)', () => {
  it("records the erasure once: the documents' view then tells the app to answer 410", () => {
    const issued = decided([], titleAward(), '2025-06-23');
    const erased = decided(issued, erasure, '2025-08-01');
    expect(erased).toEqual([{ type: 'DocumentsErased', data: { candidateId: CANDIDATE, erasedOn: '2025-08-01' } }]);
    expect(documentsSpec.given([...issued, ...erased]).when(erasure, on('2025-08-02'))).toEqual({ ok: true, value: [] });
    expect(documentView(documentsSpec.given([...issued, ...erased]).state(), 'doc-parchment')).toMatchObject({
      candidateId: CANDIDATE,
      documentId: 'doc-parchment',
      status: 'issued',
      erasedOn: '2025-08-01',
    });
  });

  it('is recorded for a candidate with no document yet, so that a later award issues nothing', () => {
    const erased = decided([], erasure, '2025-08-01');
    expect(documentsSpec.given(erased).when(titleAward(), on('2025-08-02'))).toEqual({ ok: true, value: [] });
  });

  it('refuses malformed data, naming the field', () => {
    expect(parseRecordErasure({ candidateId: 'c 1' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'candidateId' } });
    expect(parseRecordErasure({ candidateId: CANDIDATE, erasedAt: '2025-08-01T00:00:00Z' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'erasedAt' } });
  });
});
