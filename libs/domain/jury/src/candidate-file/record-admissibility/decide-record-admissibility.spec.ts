import { CANDIDATE, fileSpec, on, OTHER_TITLE, pathwayRecorded, source, TSGERI, withdrawalRecorded } from '../../spec-support/candidate-file-fixtures';
import type { RecordAdmissibility, RecordAdmissibilityData } from './record-admissibility.command';
import { parseRecordAdmissibility } from './record-admissibility.command';

const command = (overrides: Partial<RecordAdmissibilityData> = {}): RecordAdmissibility => ({
  type: 'RecordAdmissibility',
  data: { candidateId: CANDIDATE, source: source('e-admissible'), pathwayId: 'p-1', titleCode: TSGERI, outcome: 'admissible', decidedOn: '2025-02-01', ...overrides },
});

describe('RecordAdmissibility (decider)', () => {
  it('records the admissibility of the VAE pathway named, which the file then holds with its source', () => {
    expect(fileSpec.given([pathwayRecorded('vae')]).when(command(), on('2025-02-02'))).toEqual({
      ok: true,
      value: [
        {
          type: 'AdmissibilityRecorded',
          data: { candidateId: CANDIDATE, source: source('e-admissible'), pathwayId: 'p-1', titleCode: TSGERI, outcome: 'admissible', decidedOn: '2025-02-01', recordedOn: '2025-02-02' },
        },
      ],
    });
  });

  it('without a pathway id, records it on the open VAE pathway towards the title', () => {
    const history = [pathwayRecorded('vae', 'p-old'), withdrawalRecorded('p-old'), pathwayRecorded('continuous-training', 'p-ct'), pathwayRecorded('vae', 'p-vae')];
    expect(fileSpec.given(history).when(command({ pathwayId: null, outcome: 'not-admissible' }), on('2025-02-02'))).toMatchObject({
      ok: true,
      value: [{ data: { pathwayId: 'p-vae', outcome: 'not-admissible' } }],
    });
  });

  it('keeps every notification in order: the latest of a pathway is the one that counts', () => {
    const later = fileSpec.given([pathwayRecorded('vae')]).when(command({ source: source('e-second'), outcome: 'not-admissible', decidedOn: '2025-02-10' }), on('2025-02-10'));
    if (!later.ok) throw new Error('refused');
    const first = fileSpec.given([pathwayRecorded('vae')]).when(command(), on('2025-02-02'));
    if (!first.ok) throw new Error('refused');
    expect(fileSpec.given([pathwayRecorded('vae'), ...first.value, ...later.value]).state().admissibility).toEqual([
      { pathwayId: 'p-1', outcome: 'admissible', decidedOn: '2025-02-01', source: source('e-admissible') },
      { pathwayId: 'p-1', outcome: 'not-admissible', decidedOn: '2025-02-10', source: source('e-second') },
    ]);
  });

  it.each([
    ['no open VAE pathway towards the title', [pathwayRecorded('vae', 'p-1', OTHER_TITLE)], { pathwayId: null }],
    ['a pathway the file does not know', [pathwayRecorded('vae')], { pathwayId: 'p-9' }],
    ['a pathway that is not VAE', [pathwayRecorded('continuous-training')], {}],
    ['a pathway towards another title', [pathwayRecorded('vae', 'p-1', OTHER_TITLE)], {}],
  ])('decides nothing for %s', (_what, history, overrides) => {
    expect(fileSpec.given(history).when(command(overrides), on('2025-02-02'))).toEqual({ ok: true, value: [] });
  });
});

describe('parseRecordAdmissibility', () => {
  it('reads an absent pathway id as null', () => {
    const { pathwayId: _left, ...withoutPathway } = command().data;
    expect(parseRecordAdmissibility(withoutPathway)).toMatchObject({ ok: true, value: { data: { pathwayId: null } } });
  });

  it.each([
    ['outcome', { outcome: 'maybe' }],
    ['decidedOn', { decidedOn: '2025-02-30' }],
    ['titleCode', { titleCode: 'TP-1' }],
  ])('refuses malformed data, naming %s', (field, overrides) => {
    expect(parseRecordAdmissibility({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
