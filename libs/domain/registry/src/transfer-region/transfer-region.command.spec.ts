import { parseTransferRegion } from './transfer-region.command';

describe('parseTransferRegion', () => {
  it('yields a typed TransferRegion', () => {
    expect(parseTransferRegion({ candidateId: 'c-1', actingRegion: 'idf', toRegion: 'ara' })).toEqual({
      ok: true,
      value: { type: 'TransferRegion', data: { candidateId: 'c-1', actingRegion: 'idf', toRegion: 'ara' } },
    });
  });

  it('refuses an invalid region code, naming the field', () => {
    expect(parseTransferRegion({ candidateId: 'c-1', actingRegion: 'idf', toRegion: 'Bretagne' })).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'toRegion', message: 'must be a lower-case region code such as "idf" or "ara"' },
    });
  });
});
