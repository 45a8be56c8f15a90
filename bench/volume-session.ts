/**
 * A validation session of 10 to 20 candidates, decided by the jury's session decider: scheduled,
 * the jury constituted, each candidate convened on their file as it stands, interviewed and
 * deliberated on; the minutes approved by every member and sealed; sometimes a decision rectified.
 * Each award then reaches the candidate's jury file and document issuance as the consumers take it;
 * afterwards some candidates move to another region and some have their personal data erased.
 */
import * as issuance from '@titrepro/domain-issuance';
import * as jury from '@titrepro/domain-jury';
import * as registry from '@titrepro/domain-registry';
import * as evaluation from '@titrepro/domain-evaluation';
import type { NewEvent } from '@titrepro/event-store';
import { addDays, bringToJury, type CandidateOnTheWay, type PathwayKind, type Random } from './volume-candidate';
import { aggregates, parsed, REGION, titleOfSession, type Staff } from './volume-region';
import type { StagingStore } from './volume-staging';

const PATHWAYS: readonly PathwayKind[] = ['continuous-training', 'continuous-training', 'continuous-training', 'continuous-training', 'vae', 'vae', 'vae', 'discontinuous-training', 'discontinuous-training', 'discontinuous-training'];

/** Numbers handed out across the decade: candidates, documents (and their status-list slots). */
export interface Counters {
  candidates: number;
  documents: number;
}

const fileOf = (staging: StagingStore, candidateId: string) => ({
  file: jury.candidateFileFacts(staging.stateOf(aggregates.files, candidateId), candidateId),
  fileRef: { streamId: jury.juryCandidateStreamId(candidateId), revision: staging.lengthOf(jury.juryCandidateStreamId(candidateId)) - 1 },
});

/** Award events of sealed minutes → the candidate's jury file (jury-awards.consumer.ts) and issuance (jury-decisions.consumer.ts). */
const onAwards = async (staging: StagingStore, events: readonly NewEvent[], day: string, counters: Counters): Promise<void> => {
  for (const event of events) {
    const data = event.data as Record<string, any>;
    const { candidateId, decisionId, sessionId, region, titleCode, decidedOn } = data;
    const decision = { candidateId, decisionId, sessionId, region, titleCode, awardedOn: decidedOn, source: { eventId: event.eventId, region: REGION } };
    const document = () => ({ candidateId, decisionId, sessionId, region, titleCode, decidedOn, issuingRegion: REGION, documentId: `doc-${(counters.documents += 1)}`, statusListIndex: counters.documents });
    const closeWindow = () => staging.run(aggregates.files, candidateId, parsed(jury.parseCloseCapitalisationWindow({ candidateId, titleCode, deploymentRegion: REGION })), day).catch(() => []);
    switch (event.type) {
      case 'TitleAwarded':
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordAward({ ...decision, award: { kind: 'title', ccpCodes: data['ccpCodes'] } })), day);
        await closeWindow();
        await staging.run(aggregates.documents, candidateId, parsed(issuance.parseRecordTitleAward({ ...document(), ccpCodes: data['ccpCodes'] })), day);
        break;
      case 'CcpAwarded':
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordAward({ ...decision, award: { kind: 'ccps', ccpCodes: data['ccpCodes'] } })), day);
        await closeWindow();
        await staging.run(aggregates.documents, candidateId, parsed(issuance.parseRecordCcpAward({ ...document(), ccpCodes: data['ccpCodes'] })), day);
        break;
      case 'DecisionRectified': {
        const { outcome, ccpCodesAwarded, ccsCode, rectificationId } = data;
        const award = outcome.kind === 'title-awarded' ? { kind: 'title', ccpCodes: ccpCodesAwarded } : outcome.ccpCodesAwarded?.length > 0 ? { kind: 'ccps', ccpCodes: outcome.ccpCodesAwarded } : { kind: 'none' };
        await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordRectifiedAward({ ...decision, award })), day);
        const { documentId, statusListIndex } = document();
        await staging.run(
          aggregates.documents,
          candidateId,
          parsed(issuance.parseRecordRectification({ candidateId, rectificationId, decisionId, outcome, ccpCodesAwarded, ccsCode, region, sessionId, titleCode, decidedOn, issuingRegion: REGION, reissue: { documentId, statusListIndex } })),
          day,
        );
        break;
      }
      default:
    }
  }
};

/** Outcomes a jury gives, tried in turn until the rules accept one (a refused outcome is not recorded). */
const outcomesToTry = (rng: Random, ccps: readonly string[], kind: PathwayKind) => {
  const some = { kind: 'title-not-awarded', ccpCodesAwarded: ccps.slice(0, 1 + Math.floor(rng.next() * 2)) };
  const none = { kind: 'title-not-awarded', ccpCodesAwarded: [] };
  // A discontinuous pathway is judged CCP by CCP: the title comes by capitalisation.
  if (kind === 'discontinuous-training') return rng.chance(0.85) ? [{ kind: 'title-not-awarded', ccpCodesAwarded: [...ccps] }, some, none] : [some, none];
  return rng.chance(0.8) ? [{ kind: 'title-awarded' }, some, none] : [some, none, { kind: 'title-awarded' }];
};

/** One session and its candidates, from their registration (`start`) to their documents; answers the events staged. */
export const runSession = async (staging: StagingStore, staff: Staff, sessionNumber: number, start: string, rng: Random, counters: Counters): Promise<void> => {
  const title = titleOfSession(sessionNumber, start);
  const size = 10 + Math.floor(rng.next() * 11);
  const candidates: CandidateOnTheWay[] = Array.from({ length: size }, () => {
    const index = (counters.candidates += 1);
    return { candidateId: `c-${index}`, index, pathwayId: `p-${index}`, kind: rng.pick(PATHWAYS) };
  });
  let ready = start;
  for (const [at, candidate] of candidates.entries()) {
    const done = await bringToJury(staging, staff, title, candidate, addDays(start, at * 3), rng);
    if (done > ready) ready = done;
  }
  const sessionId = `s-${sessionNumber}`;
  const sessionDay = addDays(ready, 21);
  const before = addDays(ready, 7);
  const members = [...(staff.members[title.code] ?? [])].sort(() => rng.next() - 0.5).slice(0, 3);
  const onSession = (command: { type: string }, day: string) => staging.run(aggregates.sessions, sessionId, command, day);
  await onSession(parsed(jury.parseScheduleValidationSession({ sessionId, region: REGION, titleCode: title.code, date: sessionDay, kind: 'title', ccsCode: null })), before);
  await onSession(parsed(jury.parseConstituteJury({ sessionId, members, candidates: [] })), before);
  for (const { candidateId } of candidates) await onSession(parsed(jury.parseConveneCandidate({ sessionId, candidateId, ccpCodes: null, ...fileOf(staging, candidateId) })), before);
  const decisions: Array<{ candidateId: string; decisionId: string }> = [];
  for (const { candidateId, kind } of candidates) {
    const memberId = rng.pick(members).memberId;
    await onSession(parsed(jury.parseRecordInterview({ sessionId, candidateId, memberId })), sessionDay);
    const decisionId = `d-${sessionNumber}-${candidateId}`;
    let refusal: unknown = null;
    for (const outcome of outcomesToTry(rng, title.ccps, kind)) {
      const command = parsed(jury.parseRecordDeliberation({ sessionId, candidateId, decisionId, memberId, outcome, revises: null, ...fileOf(staging, candidateId) }));
      refusal = await onSession(command, sessionDay).then(
        () => null,
        (error: unknown) => error,
      );
      if (!refusal) break;
    }
    if (refusal) throw new Error(`session ${sessionId}: no outcome accepted for ${candidateId}: ${String(refusal)}`);
    decisions.push({ candidateId, decisionId });
  }
  const minutesHash = () => {
    const state = staging.stateOf(aggregates.sessions, sessionId);
    if (state.status !== 'scheduled') throw new Error(`session ${sessionId} not scheduled`);
    return jury.minutesHashOf(state);
  };
  for (const member of members) await onSession(parsed(jury.parseApproveMinutes({ sessionId, memberId: member.memberId, minutesHash: minutesHash() })), sessionDay);
  const sealed = await onSession(parsed(jury.parseSealMinutes({ sessionId, officerId: 'officer-idf' })), sessionDay);
  const awarded = addDays(sessionDay, 1);
  await onAwards(staging, sealed, awarded, counters);
  // A material error found later: the office rectifies one decision of some sessions.
  if (rng.chance(0.3)) {
    const { candidateId, decisionId } = rng.pick(decisions);
    const rectified = await onSession(
      parsed(
        jury.parseRectifyDecision({
          sessionId,
          decisionId,
          rectificationId: `r-${sessionNumber}`,
          officerId: 'officer-idf',
          reason: 'Erreur matérielle dans la saisie du jury.',
          outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [title.ccps[0]] },
          ...fileOf(staging, candidateId),
        }),
      ),
      addDays(sessionDay, 30),
    ).catch(() => []);
    await onAwards(staging, rectified, addDays(sessionDay, 31), counters);
  }
  // Afterwards: some move to another region's office, some ask for their personal data to be erased.
  for (const { candidateId } of candidates) {
    const ids = { candidateId, actingRegion: REGION };
    if (rng.chance(0.04)) {
      const day = addDays(sessionDay, 60);
      await staging.run(aggregates.candidates, candidateId, parsed(registry.parseTransferRegion({ ...ids, toRegion: 'bre' })), day);
      const handedOver = await staging.run(aggregates.candidates, candidateId, parsed(registry.parseRecordHandover({ ...ids, toRegion: 'bre' })), addDays(day, 2));
      const source = { eventId: handedOver[0]?.eventId ?? '', region: REGION };
      await staging.run(aggregates.files, candidateId, parsed(jury.parseRecordCandidateHome({ candidateId, region: 'bre', source })), addDays(day, 2));
      await staging.run(aggregates.evaluations, candidateId, parsed(evaluation.parseRecordHandover({ candidateId, fromRegion: REGION, toRegion: 'bre' })), addDays(day, 2));
    } else if (rng.chance(0.03)) {
      const day = addDays(sessionDay, 400);
      await staging.run(aggregates.candidates, candidateId, parsed(registry.parseEraseCandidatePersonalData(ids)), day);
      if (staging.lengthOf(issuance.documentsStreamId(candidateId)) > 0) await staging.run(aggregates.documents, candidateId, parsed(issuance.parseRecordErasure({ candidateId })), addDays(day, 1));
    }
  }
};
