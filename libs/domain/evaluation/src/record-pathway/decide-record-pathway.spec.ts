import { CANDIDATE, factSpec, on, pathwayRecorded, TSGERI, withdrawalRecorded } from '../spec-support/evaluation-fixtures';
import type { RecordPathway, RecordPathwayData } from './record-pathway.command';
import { parseRecordPathway } from './record-pathway.command';

const command = (overrides: Partial<RecordPathwayData> = {}): RecordPathway => ({
  type: 'RecordPathway',
  data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: TSGERI, pathwayType: 'continuous-training', region: 'idf', ...overrides },
});

describe('RecordPathway (decider)', () => {
  it("records the registry's pathway, dated by the decision day", () => {
    expect(factSpec.given([]).when(command(), on('2025-01-06'))).toEqual({
      ok: true,
      value: [
        {
          type: 'PathwayRecorded',
          data: { candidateId: CANDIDATE, pathwayId: 'p-1', titleCode: TSGERI, pathwayType: 'continuous-training', region: 'idf', recordedOn: '2025-01-06' },
        },
      ],
    });
  });

  it('leads to an open pathway with no evidence yet', () => {
    expect(factSpec.given([pathwayRecorded('vae')]).state()).toEqual({
      status: 'known',
      candidateId: CANDIDATE,
      pathways: [
        {
          pathwayId: 'p-1',
          titleCode: TSGERI,
          type: 'vae',
          region: 'idf',
          status: 'open',
          recordedOn: '2025-01-06',
          withdrawnOn: null,
          assignments: [],
          trainingEvaluations: [],
          dspp: null,
          supersededDsppIds: [],
          practicalAssessments: [],
          ccpPairAssessments: [],
          publishedEvidence: null,
        },
      ],
      publishedTrainerIds: [],
    });
  });

  it('decides nothing on a redelivery of the same pathway', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command(), on('2025-01-07'))).toEqual({ ok: true, value: [] });
  });

  it('refuses the same pathway id with other facts', () => {
    expect(factSpec.given([pathwayRecorded()]).when(command({ pathwayType: 'vae' }), on('2025-01-07'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `pathway p-1 is already recorded, as a continuous-training pathway towards ${TSGERI} in region idf` },
    });
  });

  it('records a second pathway of the candidate alongside the first (the registry applied PATHWAY)', () => {
    const state = factSpec.given([pathwayRecorded(), withdrawalRecorded(), pathwayRecorded('vae', 'p-2')]).state();
    expect(state.status === 'known' && state.pathways.map((pathway) => [pathway.pathwayId, pathway.status])).toEqual([
      ['p-1', 'withdrawn'],
      ['p-2', 'open'],
    ]);
  });

  it('refuses a title the référentiel does not hold', () => {
    expect(factSpec.given([]).when(command({ titleCode: 'TP-99999' }), on('2025-01-06'))).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'title', id: 'TP-99999' } });
  });

  it("refuses a command for another candidate than the stream's", () => {
    expect(factSpec.given([pathwayRecorded()]).when(command({ candidateId: 'c-2', pathwayId: 'p-9' }), on('2025-01-06'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('parseRecordPathway', () => {
  it.each([
    ['pathwayType', { pathwayType: 'apprenticeship' }],
    ['titleCode', { titleCode: 'TSGERI' }],
    ['region', { region: 'IDF' }],
  ])('refuses invalid input, naming %s', (field, overrides) => {
    expect(parseRecordPathway({ ...command().data, ...overrides })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
