import { CANDIDATE, ccpsAwarded, fileSpec, homeRecorded, on, source, TSGERI, windowClosed } from '../../spec-support/candidate-file-fixtures';
import { parseCloseCapitalisationWindow } from '../close-capitalisation-window/close-capitalisation-window.command';
import type { RecordCapitalisationWindowClosure } from './record-capitalisation-window-closure.command';
import { parseRecordCapitalisationWindowClosure } from './record-capitalisation-window-closure.command';

const announcedBy = (region: string, eventId = 'e-closed-elsewhere'): RecordCapitalisationWindowClosure => ({
  type: 'RecordCapitalisationWindowClosure',
  data: { candidateId: CANDIDATE, source: source(eventId, region), titleCode: TSGERI, windowStart: '2021-03-10', windowEnd: '2026-03-10' },
});

const closeHere = (deploymentRegion: string) => {
  const parsed = parseCloseCapitalisationWindow({ candidateId: CANDIDATE, titleCode: TSGERI, deploymentRegion });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

/** CCP1 from idf on 2021-03-10; the file then moved to bre. */
const movedToBre = [homeRecorded('idf'), ccpsAwarded(['CCP1'], { decisionId: 'd-1', awardedOn: '2021-03-10' }), homeRecorded('bre', 'e-handed-over')];

describe('RecordCapitalisationWindowClosure (decider)', () => {
  it('takes note of a closure another region announced', () => {
    expect(fileSpec.given(movedToBre).when(announcedBy('idf'), on('2026-03-11'))).toEqual({
      ok: true,
      value: [
        {
          type: 'CapitalisationWindowClosureRecorded',
          data: { candidateId: CANDIDATE, source: source('e-closed-elsewhere', 'idf'), titleCode: TSGERI, windowStart: '2021-03-10', windowEnd: '2026-03-10', recordedOn: '2026-03-11' },
        },
      ],
    });
  });

  it('keeps the new home region from announcing the same window again', () => {
    expect(fileSpec.given(movedToBre).when(closeHere('bre'), on('2026-03-12'))).toMatchObject({ ok: true, value: [{ type: 'CapitalisationWindowClosed' }] });
    const noted = fileSpec.given(movedToBre).when(announcedBy('idf'), on('2026-03-11'));
    if (!noted.ok) throw new Error('not noted');
    expect(fileSpec.given([...movedToBre, ...noted.value]).when(closeHere('bre'), on('2026-03-12'))).toEqual({ ok: true, value: [] });
  });

  it('decides nothing for a window the file already holds closed, its own announcement included', () => {
    expect(fileSpec.given([...movedToBre, windowClosed()]).when(announcedBy('bre', 'e-own'), on('2026-03-12'))).toEqual({ ok: true, value: [] });
  });

  it('refuses a malformed window date, naming it', () => {
    expect(parseRecordCapitalisationWindowClosure({ ...announcedBy('idf').data, windowEnd: '2026-02-30' })).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'windowEnd' } });
  });
});
