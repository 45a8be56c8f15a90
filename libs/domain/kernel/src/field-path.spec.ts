import { fieldPath } from './field-path';

describe('fieldPath', () => {
  it('writes array indexes in brackets and properties with dots', () => {
    expect(fieldPath(['experiencePeriods', 1, 'end'])).toBe('experiencePeriods[1].end');
    expect(fieldPath(['contact', 'email'])).toBe('contact.email');
    expect(fieldPath([])).toBe('');
  });
});
