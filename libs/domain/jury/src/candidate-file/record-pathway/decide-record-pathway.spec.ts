import { CANDIDATE, fileSpec, on, pathwayRecorded, source, TSGERI } from '../../spec-support/candidate-file-fixtures';
import type { RecordPathway, RecordPathwayData } from './record-pathway.command';
import { parseRecordPathway } from './record-pathway.command';

const command = (overrides: Partial<RecordPathwayData> = {}): RecordPathway => ({
  type: 'RecordPathway',
  data: { candidateId: CANDIDATE, source: source('e-opened'), pathwayId: 'p-1', titleCode: TSGERI, pathwayType: 'vae', region: 'idf', ...overrides },
});

describe('RecordPathway (decider)', () => {
  it("records the registry's pathway", () => {
    expect(fileSpec.given([]).when(command(), on('2025-01-06'))).toEqual({
      ok: true,
      value: [
        {
          type: 'PathwayRecorded',
          data: { candidateId: CANDIDATE, source: { eventId: 'e-opened', region: 'idf' }, pathwayId: 'p-1', titleCode: TSGERI, pathwayType: 'vae', region: 'idf', recordedOn: '2025-01-06' },
        },
      ],
    });
  });

  it('leads to an open pathway of the file', () => {
    expect(fileSpec.given([pathwayRecorded('vae')]).state().pathways).toEqual([{ pathwayId: 'p-1', titleCode: TSGERI, type: 'vae', region: 'idf', status: 'open' }]);
  });

  it('decides nothing for a pathway id the file holds, whatever the facts (the first word stands)', () => {
    expect(fileSpec.given([pathwayRecorded()]).when(command({ source: source('e-again') }), on('2025-01-07'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordPathway', () => {
  it.each([
    ['pathwayType', { pathwayType: 'apprenticeship' }],
    ['titleCode', { titleCode: 'TSGERI' }],
    ['pathwayId', { pathwayId: 'p 1' }],
    ['region', { region: 'IDF' }],
  ])('refuses malformed data, naming %s', (field, overrides) => {
    expect(parseRecordPathway({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
