import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { ChainVerifier } from './chain-verifier';
import { eventHash, GENESIS_HASH } from './event-hash';

type Link = ReturnType<typeof chain>[number];

const at = (links: readonly Link[], index: number): Link => {
  const link = links[index];
  if (!link) throw new Error(`no link ${index}`);
  return link;
};

const chain = (streamId: string, datas: readonly Record<string, unknown>[]) => {
  let prevHash = GENESIS_HASH;
  return datas.map((data, revision) => {
    const content = { streamId, revision, eventId: `00000000-0000-4000-8000-00000000000${revision}`, type: 'T', schemaVersion: 1, data, metadata: { region: 'IDF' } };
    const link = { ...content, prevHash, hash: eventHash(prevHash, content) };
    prevHash = link.hash;
    return link;
  });
};

describe('hash chain', () => {
  it('hashes the previous hash and the canonical content, so key order does not matter', () => {
    const content = { streamId: 's-1', revision: 0, eventId: 'e', type: 'T', schemaVersion: 1, data: { a: 1, b: 2 }, metadata: {} };
    expect(eventHash(GENESIS_HASH, content)).toBe(eventHash(GENESIS_HASH, { ...content, data: { b: 2, a: 1 } }));
    expect(eventHash(GENESIS_HASH, content)).not.toBe(eventHash('f'.repeat(64), content));
    expect(eventHash(GENESIS_HASH, content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts an intact chain and its head', () => {
    const links = chain('s-1', [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const verifier = new ChainVerifier();
    for (const link of links) expect(verifier.accept(link)).toBe(true);
    expect(verifier.finishStream('s-1', 2, at(links, 2).hash)).toBe(true);
    expect(verifier.report()).toEqual({ ok: true, checked: 3 });
  });

  it('names the first event whose bytes changed', () => {
    const links = chain('s-1', [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const verifier = new ChainVerifier();
    links.map((link, i) => (i === 1 ? { ...link, data: { a: 20 } } : link)).forEach((link) => verifier.accept(link));
    expect(verifier.report()).toEqual({ ok: false, checked: 1, firstBroken: { streamId: 's-1', revision: 1, reason: 'hash does not match the stored event' } });
  });

  it('names a missing revision and a tail cut off below the recorded head', () => {
    const links = chain('s-1', [{ a: 1 }, { a: 2 }, { a: 3 }]);
    const gap = new ChainVerifier();
    [at(links, 0), at(links, 2)].forEach((link) => gap.accept(link));
    expect(gap.report().firstBroken).toMatchObject({ revision: 2, reason: 'expected revision 1, found 2' });
    const cut = new ChainVerifier();
    [at(links, 0), at(links, 1)].forEach((link) => cut.accept(link));
    expect(cut.finishStream('s-1', 2, at(links, 2).hash)).toBe(false);
    expect(cut.report().firstBroken).toMatchObject({ streamId: 's-1', revision: 2 });
  });

  it('restarts the chain at each stream', () => {
    const verifier = new ChainVerifier();
    for (const link of [...chain('a-1', [{ x: 1 }]), ...chain('b-1', [{ y: 1 }, { y: 2 }])]) verifier.accept(link);
    expect(verifier.report()).toEqual({ ok: true, checked: 3 });
  });
});

describe('eventHash', () => {
  it('hashes exactly the canonical JSON of the whole content', () => {
    const content = { streamId: 'cand-1', revision: 7, eventId: 'e-1', type: 'T', schemaVersion: 2, data: { b: [1, { d: 'é', c: null }], a: 'x' }, metadata: { z: 1 } };
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonicalJson(content)}`).digest('hex');
    expect(eventHash(GENESIS_HASH, content)).toBe(expected);
  });
});
