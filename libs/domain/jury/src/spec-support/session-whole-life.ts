// Whole session lives, played through the decider: the catalogue and audit specs read them.
import type { SessionEvent } from '../session/events/session-event-catalogue';
import { minutesHashOf } from '../session/minutes';
import type { ScheduledSession } from '../session/session.state';
import {
  admissible,
  aFile,
  approve,
  BEFORE,
  constitute,
  convene,
  deliberate,
  evidenceRecord,
  fileOn,
  heldCcp,
  heldTitle,
  interview,
  M1,
  M2,
  notAwarded,
  OTHER_CCS,
  OTHER_TITLE,
  pathway,
  play,
  rectify,
  schedule,
  seal,
  SESSION_DAY,
  spec,
  TITLE_AWARDED,
} from './session-fixtures';

export const scheduledState = (events: readonly SessionEvent[]): ScheduledSession => {
  const state = spec.given(events).state();
  if (state.status !== 'scheduled') throw new Error('no session scheduled');
  return state;
};

export const hashAfter = (events: readonly SessionEvent[]): string => minutesHashOf(scheduledState(events));

/** Every member approves the minutes as they stand, then the office seals them. */
export const approvedAndSealed = (events: readonly SessionEvent[], memberIds: readonly string[] = [M1.memberId, M2.memberId]): SessionEvent[] => {
  const approved = play(memberIds.map((memberId) => [approve(memberId, hashAfter(events)), SESSION_DAY] as const), events);
  return play([[seal(), SESSION_DAY]], approved);
};

export const CONTINUOUS = aFile({ candidateId: 'c-ct' });
export const VAE = fileOn('vae', { candidateId: 'c-vae', admissibility: [admissible('p-1', '2025-03-10')] });
/** Holds the three CCPs of TSGERI, obtained within five years. */
export const DISCONTINUOUS = fileOn('discontinuous-training', {
  candidateId: 'c-dt',
  ccpsHeld: [heldCcp('CCP1', '2022-05-10'), heldCcp('CCP2', '2023-06-12'), heldCcp('CCP3', '2025-01-20')],
});

/**
 * A title session: three candidates on the three pathways, the jury named after they were
 * convened, a member's conflict of interest, an interview, deliberations (one revised), approvals, sealing, then a rectification.
 */
export const aWholeTitleSession = (): SessionEvent[] => {
  const deliberated = play([
    [schedule(), BEFORE],
    [convene(CONTINUOUS), BEFORE],
    [convene(VAE), BEFORE],
    [convene(DISCONTINUOUS), BEFORE],
    [constitute([M1, M2], [CONTINUOUS, VAE, DISCONTINUOUS]), BEFORE],
    // A member's conflict of interest with a candidate of another session: it keeps them off that candidate's jury only.
    [{ type: 'DeclareConflictOfInterest', data: { sessionId: 's-1', memberId: M2.memberId, candidateId: 'c-elsewhere', reason: 'Mon voisin.' } }, BEFORE],
    [interview('c-dt'), SESSION_DAY],
    [deliberate(TITLE_AWARDED, CONTINUOUS), SESSION_DAY],
    [deliberate(notAwarded(), VAE), SESSION_DAY],
    [deliberate(notAwarded('CCP1'), VAE, { decisionId: 'd-c-vae-2', revises: 'd-c-vae', memberId: M2.memberId }), SESSION_DAY],
    [deliberate(TITLE_AWARDED, DISCONTINUOUS), SESSION_DAY],
  ]);
  const sealed = approvedAndSealed(deliberated);
  // After sealing, the file holds CCP1 from the revised decision; the rectification replaces that award.
  const vaeAfterSeal = { ...VAE, ccpsHeld: [heldCcp('CCP1', '2025-06-16', 'd-c-vae-2')] };
  return play([[rectify('d-c-vae-2', notAwarded('CCP1', 'CCP2'), vaeAfterSeal), SESSION_DAY]], sealed);
};

export const CCS_HOLDER = aFile({
  candidateId: 'c-ccs',
  pathways: [pathway('continuous-training', 'p-ccs', OTHER_TITLE)],
  evidenceStatus: [],
  evidenceRecords: [evidenceRecord({ pathwayId: 'p-ccs', ccsCode: OTHER_CCS, referenceId: 'pa-ccs' })],
  titlesHeld: [heldTitle(OTHER_TITLE, '2024-01-15')],
});

/** A CCS session of the second title: a holder of the title is convened, interviewed and awarded the CCS. */
export const aWholeCcsSession = (): SessionEvent[] => {
  const deliberated = play([
    [schedule({ titleCode: OTHER_TITLE, kind: 'ccs', ccsCode: OTHER_CCS }), BEFORE],
    [constitute([M1, M2]), BEFORE],
    [convene(CCS_HOLDER), BEFORE],
    [interview('c-ccs'), SESSION_DAY],
    [deliberate({ kind: 'ccs-awarded' }, CCS_HOLDER), SESSION_DAY],
  ]);
  return approvedAndSealed(deliberated);
};

