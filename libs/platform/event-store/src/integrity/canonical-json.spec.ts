import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('writes the same bytes whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }));
  });

  it('drops undefined members and writes undefined array items as null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('reads back to the same text after a JSON round trip (what jsonb storage does)', () => {
    const value = { name: 'Zoé "Z" \u2028', n: 0.1, big: 1e21, small: 1e-7, when: new Date('2026-01-02T03:04:05Z') };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
  });
});
