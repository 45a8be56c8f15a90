import { awardRecorded, awardRectified, CANDIDATE, ccpsAwarded, fileSpec, homeRecorded, on, TSGERI, TSGERI_CCPS, windowClosed } from '../../spec-support/candidate-file-fixtures';
import type { CloseCapitalisationWindow } from './close-capitalisation-window.command';
import { parseCloseCapitalisationWindow } from './close-capitalisation-window.command';

const command = (deploymentRegion = 'idf', titleCode = TSGERI): CloseCapitalisationWindow => ({
  type: 'CloseCapitalisationWindow',
  data: { candidateId: CANDIDATE, titleCode, deploymentRegion },
});

/** First CCP of TSGERI obtained on 2021-03-10: the window's last day is 2026-03-10. */
const firstCcp = ccpsAwarded(['CCP1'], { decisionId: 'd-1', awardedOn: '2021-03-10' });
const inIdf = [homeRecorded('idf'), firstCcp];

describe('CloseCapitalisationWindow (decider)', () => {
  it('announces the window closed the day after its last day, with what is held and missing, under CAPITALISATION-WINDOW', () => {
    expect(fileSpec.given(inIdf).when(command(), on('2026-03-11'))).toEqual({
      ok: true,
      value: [
        {
          type: 'CapitalisationWindowClosed',
          data: {
            candidateId: CANDIDATE,
            titleCode: TSGERI,
            windowStart: '2021-03-10',
            windowEnd: '2026-03-10',
            ccpCodesHeld: ['CCP1'],
            missingCcpCodes: ['CCP2', 'CCP3'],
            closedOn: '2026-03-11',
            rulebookId: 'seed-2009',
          },
        },
      ],
    });
  });

  it.each([
    ['the day before the fifth anniversary', '2026-03-09'],
    ['on the fifth anniversary, the last day (inclusive)', '2026-03-10'],
  ])('decides nothing %s: the window is still open', (_when, day) => {
    expect(fileSpec.given(inIdf).when(command(), on(day))).toEqual({ ok: true, value: [] });
  });

  it('is announced only by the home region', () => {
    expect(fileSpec.given(inIdf).when(command('bre'), on('2026-03-11'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([firstCcp]).when(command('idf'), on('2026-03-11'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([...inIdf, homeRecorded('bre', 'e-handed-over')]).when(command('bre'), on('2026-03-11'))).toMatchObject({ ok: true, value: [{ type: 'CapitalisationWindowClosed' }] });
  });

  it('is announced once per window', () => {
    expect(fileSpec.given([...inIdf, windowClosed()]).when(command(), on('2026-03-12'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given([...inIdf, windowClosed()]).state().capitalisationWindowsClosed).toEqual([{ titleCode: TSGERI, windowStart: '2021-03-10', windowEnd: '2026-03-10' }]);
  });

  it('is announced again for a new window, once a rectification took back the CCP that opened the first', () => {
    const history = [...inIdf, windowClosed(), ccpsAwarded(['CCP2'], { decisionId: 'd-2', awardedOn: '2022-05-02' }), awardRectified({ kind: 'none' }, { decisionId: 'd-1' })];
    expect(fileSpec.given(history).when(command(), on('2027-05-03'))).toMatchObject({ ok: true, value: [{ data: { windowStart: '2022-05-02', windowEnd: '2027-05-02' } }] });
  });

  it('decides nothing once every CCP of the title is held, or the title', () => {
    const allHeld = [...inIdf, ccpsAwarded(['CCP2', 'CCP3'], { decisionId: 'd-2', awardedOn: '2025-01-10' })];
    expect(fileSpec.given(allHeld).when(command(), on('2026-03-11'))).toEqual({ ok: true, value: [] });
    const title = awardRecorded({ kind: 'title', ccpCodes: [...TSGERI_CCPS] }, { decisionId: 'd-2', awardedOn: '2025-01-10' });
    expect(fileSpec.given([...inIdf, title]).when(command(), on('2026-03-11'))).toEqual({ ok: true, value: [] });
  });

  it('decides nothing for a title of which no CCP is held, or that the référentiel does not hold', () => {
    expect(fileSpec.given([homeRecorded('idf')]).when(command(), on('2026-03-11'))).toEqual({ ok: true, value: [] });
    expect(fileSpec.given(inIdf).when(command('idf', 'TP-99999'), on('2026-03-11'))).toEqual({ ok: true, value: [] });
  });

  it('refuses malformed data, naming the field', () => {
    expect(parseCloseCapitalisationWindow({ ...command().data, deploymentRegion: undefined })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'deploymentRegion' } });
    expect(parseCloseCapitalisationWindow({ ...command().data, source: { eventId: 'e-1', region: 'idf' } })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'source' } });
  });
});
