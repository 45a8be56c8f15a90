import { parseSubmitDspp } from './submit-dspp.command';

const doc = (overrides: Record<string, unknown> = {}) => ({
  ccpCode: 'CCP1',
  documentId: 'doc-1',
  sha256: 'AB'.repeat(32),
  size: 1024,
  mediaType: 'application/vnd.oasis.opendocument.text',
  ...overrides,
});
const input = (overrides: Record<string, unknown> = {}) => ({ candidateId: 'c-1', pathwayId: 'p-1', submissionId: 'dspp-1', submittedBy: 'c-1', documents: [doc()], ...overrides });

describe('parseSubmitDspp', () => {
  it('yields a typed SubmitDspp, the digest in lower case', () => {
    expect(parseSubmitDspp(input())).toEqual({
      ok: true,
      value: { type: 'SubmitDspp', data: { ...input(), documents: [doc({ sha256: 'ab'.repeat(32) })] } },
    });
  });

  it.each(['application/pdf', 'application/vnd.oasis.opendocument.text', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])('accepts %s', (mediaType) => {
    expect(parseSubmitDspp(input({ documents: [doc({ mediaType })] })).ok).toBe(true);
  });

  it.each([
    ['documents[0].sha256', 'a digest of 63 characters', { documents: [doc({ sha256: 'a'.repeat(63) })] }],
    ['documents[0].sha256', 'a digest that is not hex', { documents: [doc({ sha256: 'g'.repeat(64) })] }],
    ['documents[0].size', 'an empty document', { documents: [doc({ size: 0 })] }],
    ['documents[0].size', 'a fractional size', { documents: [doc({ size: 1.5 })] }],
    ['documents[0].mediaType', 'an image', { documents: [doc({ mediaType: 'image/png' })] }],
    ['documents', 'no document', { documents: [] }],
    ['documents', 'a document named twice', { documents: [doc(), doc({ ccpCode: 'CCP2' })] }],
    ['submissionId', 'a missing submission id', { submissionId: undefined }],
  ])('refuses %s (%s)', (field, _what, overrides) => {
    expect(parseSubmitDspp(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
