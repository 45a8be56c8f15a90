import type { CandidateRun, Step } from './cohort-model';
import { practicalAssessment, recordTrainingEvaluations, uploadDspp } from './evaluation-steps';
import { parisDay, type Journey, type RegionCode } from './journey';
import { judge, rectifyDecision, scheduleSession, type JuryOutcome } from './jury-steps';
import { openPathway, registerCandidate, type Person } from './registry-steps';

export const TSGERI = 'TP-00495';

/** A continuous-training file in `region` with its whole evidence: ECF per CCP, DSPP, épreuve de synthèse. */
export const continuousFile = async (journey: Journey, region: RegionCode, person: Person, titleCode: string): Promise<{ candidateId: string; pathwayId: string }> => {
  const candidateId = await registerCandidate(journey, region, person);
  const pathwayId = await openPathway(journey, region, candidateId, titleCode, 'continuous-training');
  await recordTrainingEvaluations(journey, region, candidateId, pathwayId, titleCode, parisDay(-60));
  await uploadDspp(journey, region, candidateId, pathwayId, titleCode);
  await practicalAssessment(journey, region, candidateId, pathwayId, titleCode, { kind: 'title-synthesis' }, parisDay(-21));
  return { candidateId, pathwayId };
};

// Sessions sit today: the DSPP is dated the day it is uploaded, and a jury counts no evidence dated after its session (EVIDENCE-DATED).
const titleSession = (journey: Journey, region: RegionCode, titleCode: string) => scheduleSession(journey, region, { titleCode, kind: 'title', date: parisDay(0) });

const outcomeText = (outcome: JuryOutcome): string => (outcome.kind === 'title-not-awarded' ? `${outcome.kind} (${outcome.ccpCodesAwarded.join(', ')} awarded)` : outcome.kind);

/** Continuous training, judged by a title session: the title, or some of its CCPs. */
const continuous = async (journey: Journey, scenario: string, person: Person, outcome: JuryOutcome): Promise<CandidateRun & { sessionDecision: { sessionId: string; decisionId: string } }> => {
  const region = 'idf';
  const name = `${person.givenNames.join(' ')} ${person.familyName}`;
  journey.say(`  ${name}: continuous training towards TSGERI in ${region}`);
  const { candidateId } = await continuousFile(journey, region, person, TSGERI);
  const session = await titleSession(journey, region, TSGERI);
  const decisionId = await judge(journey, session, candidateId, outcome, { interview: true });
  journey.say(`  ${name}: the jury of ${session.date} decided ${outcomeText(outcome)}; minutes sealed`);
  const steps: Step[] = [{ region, what: `title session ${session.date}`, outcome: outcomeText(outcome), decisionId }];
  const awarded = outcome.kind === 'title-awarded';
  return {
    scenario,
    name,
    pathway: 'continuous-training',
    titleCode: TSGERI,
    candidateId,
    regions: [region],
    steps,
    sessionDecision: { sessionId: session.sessionId, decisionId },
    expected: {
      decisions: [
        { type: 'PathwayOpened', region, ruleIds: ['PATHWAY'] },
        { type: 'TrainingEvaluationRecorded', region, ruleIds: ['EVIDENCE-CONTINUOUS'] },
        { type: 'CandidateConvened', region, ruleIds: ['EVIDENCE-DATED', 'JURY-PROFESSIONALS'] },
        { type: 'DeliberationRecorded', region, ruleIds: ['JURY-OUTCOME'] },
        { type: awarded ? 'TitleAwarded' : 'TitleNotAwarded', region, ruleIds: ['JURY-OUTCOME'] },
        awarded ? { type: 'ParchmentIssued', region, ruleIds: ['PARCHMENT', 'ISSUER'] } : { type: 'BookletIssued', region, ruleIds: ['BOOKLET', 'ISSUER'] },
      ],
      documents: [{ region, kind: awarded ? 'parchment' : 'booklet', status: 'issued', ccsCode: null, verification: 'valid' }],
      events: awarded ? ['TitleAwarded'] : ['TitleNotAwarded', 'CcpAwarded'],
    },
  };
};

/** Camille Martin: continuous training, the title awarded. */
export const driveContinuousTitle = async (journey: Journey): Promise<CandidateRun> => {
  const { sessionDecision: _, ...run } = await continuous(
    journey,
    'continuous-title',
    { givenNames: ['Camille'], familyName: 'Martin', birthDate: '1996-04-12', email: `camille.martin.${journey.tag}@example.org` },
    { kind: 'title-awarded' },
  );
  return run;
};

/** Julien Dubois: continuous training, the title not awarded; CCP1 and CCP3 awarded (a livret). */
export const driveContinuousPartial = async (journey: Journey): Promise<CandidateRun> => {
  const { sessionDecision: _, ...run } = await continuous(
    journey,
    'continuous-ccp1-ccp3',
    { givenNames: ['Julien'], familyName: 'Dubois', birthDate: '1991-11-03', email: `julien.dubois.${journey.tag}@example.org` },
    { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP3'] },
  );
  return run;
};

/**
 * Sébastien Lambert: the jury awarded CCP1 and CCP3 and the minutes were sealed; the minutes carried
 * CCP3 where the jury had awarded CCP2 (a material error). The office rectifies the decision: the
 * issuance revokes the livret that lists CCP3 and issues one that lists CCP1 and CCP2.
 */
export const driveRectification = async (journey: Journey): Promise<CandidateRun> => {
  const { sessionDecision, ...run } = await continuous(
    journey,
    'rectification',
    { givenNames: ['Sébastien'], familyName: 'Lambert', birthDate: '1987-06-25', email: `sebastien.lambert.${journey.tag}@example.org` },
    { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP3'] },
  );
  const region = 'idf';
  // The livret first exists, then the rectification revokes it.
  await untilDocument(journey, region, run.candidateId, (document) => document.kind === 'booklet');
  const session = { region, sessionId: sessionDecision.sessionId, titleCode: TSGERI, date: '' } as const;
  const outcome: JuryOutcome = { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] };
  await rectifyDecision(journey, session, sessionDecision.decisionId, 'Erreur matérielle au procès-verbal : le jury a attribué le CCP2, et non le CCP3.', outcome);
  journey.say(`  ${run.name}: the sealed decision rectified to ${outcomeText(outcome)}; the livret is revoked and issued again`);
  return {
    ...run,
    steps: [...run.steps, { region, what: 'rectification after sealing', outcome: outcomeText(outcome) }],
    expected: {
      decisions: [...run.expected.decisions, { type: 'DecisionRectified', region, ruleIds: ['JURY-OUTCOME'] }],
      documents: [
        { region, kind: 'booklet', status: 'revoked', ccsCode: null, verification: 'revoked' },
        { region, kind: 'booklet', status: 'issued', ccsCode: null, verification: 'valid' },
      ],
      events: ['TitleNotAwarded', 'DecisionRectified'],
    },
  };
};

interface Listed {
  readonly kind: string;
}

/** Waits until the region's issuance lists a document that `matches`. */
export const untilDocument = async (journey: Journey, region: RegionCode, candidateId: string, matches: (document: Listed) => boolean): Promise<void> => {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { body } = await journey.api<Listed[]>(region, 'issuance', 'GET', `/candidates/${candidateId}/documents`, { as: journey.auditor(), expect: [200], notYet: [404] });
    if (body.some(matches)) return;
    if (Date.now() > deadline) throw new Error(`${region}'s issuance lists no such document for ${candidateId}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
};
