import { assigned, ccpTarget, ecfRecorded, pairRecorded, pathwayRecorded, practicalRecorded, PROFESSIONAL, scheduled, spec, trainer } from '../spec-support/evaluation-fixtures';
import { trainersOf } from './trainers-of';

describe('trainersOf', () => {
  it('is empty for a candidate unknown here', () => {
    expect(trainersOf(spec.given([]).state())).toEqual([]);
  });

  it('lists, sorted and once each, the trainers who gave an ECF, sat in a CCP pair or recorded a practical assessment, on any pathway', () => {
    const history = [
      pathwayRecorded('continuous-training', 'p-1'),
      ecfRecorded('CCP1', 'passed', '2025-03-01', 'trainer-z'),
      ecfRecorded('CCP2', 'passed', '2025-03-01', 'trainer-z'),
      pathwayRecorded('discontinuous-training', 'p-2'),
      scheduled('pa-1', ccpTarget('CCP1'), 'p-2'),
      assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }, trainer({ assessorId: 'trainer-b' }), 'p-2'),
      practicalRecorded('pa-1', ccpTarget('CCP1'), trainer({ assessorId: 'trainer-b' }), 'p-2'),
      scheduled('pa-2', ccpTarget('CCP2'), 'p-2'),
      practicalRecorded('pa-2', ccpTarget('CCP2'), PROFESSIONAL, 'p-2'),
      pairRecorded('CCP1', 'passed', '2025-05-20', 'p-2'),
    ];
    expect(trainersOf(spec.given(history).state())).toEqual(['trainer-1', 'trainer-b', 'trainer-z']);
  });

  it('leaves out professionals, and trainers only assigned', () => {
    const history = [pathwayRecorded('vae'), scheduled('pa-1'), assigned({ kind: 'practical-assessment', assessmentId: 'pa-1' }, trainer({ assessorId: 'trainer-q' })), practicalRecorded('pa-1', undefined, PROFESSIONAL)];
    expect(trainersOf(spec.given(history).state())).toEqual([]);
  });
});
