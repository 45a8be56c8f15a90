import type { CandidateRun } from './cohort-model';
import { continuousFile } from './continuous';
import { practicalAssessment, titleOf } from './evaluation-steps';
import { parisDay, type Journey } from './journey';
import { conveneRefused, judge, scheduleSession } from './jury-steps';

/** ADVF (assistant de vie aux familles): the shipped title with a CCS (TSGERI has none). */
export const ADVF = 'TP-00366';

/**
 * Inès Bernard: continuous training towards ADVF. Convened to a CCS session before she holds the
 * title, she is refused (CCS-REQUIRES-TITLE); the title awarded, the CCS is judged on its mise en
 * situation and an interview, awarded, and a CCS parchemin issued.
 */
export const driveCcs = async (journey: Journey): Promise<CandidateRun> => {
  const region = 'idf';
  const name = 'Inès Bernard';
  const ccs = titleOf(ADVF).ccss[0];
  if (!ccs) throw new Error('the référentiel must ship ADVF with its CCS');
  journey.say(`  ${name}: continuous training towards ADVF in ${region}, then its ${ccs.code}`);
  const { candidateId, pathwayId } = await continuousFile(journey, region, { givenNames: ['Inès'], familyName: 'Bernard', birthDate: '1988-09-21', email: `ines.bernard.${journey.tag}@example.org` }, ADVF);
  const ccsSession = await scheduleSession(journey, region, { titleCode: ADVF, kind: 'ccs', ccsCode: ccs.code, date: parisDay(0) });
  const refused = await conveneRefused(journey, ccsSession, candidateId);
  journey.say(`  ${name}: convened to the CCS session without the title → ${refused.status} ${String(refused.body['ruleId'])}`);
  const titleSession = await scheduleSession(journey, region, { titleCode: ADVF, kind: 'title', date: parisDay(0) });
  const title = await judge(journey, titleSession, candidateId, { kind: 'title-awarded' }, { interview: true });
  journey.say(`  ${name}: ADVF awarded on ${titleSession.date}`);
  await practicalAssessment(journey, region, candidateId, pathwayId, ADVF, { kind: 'ccs', ccsCode: ccs.code }, parisDay(-1));
  // 422 until the jury learnt the title award from Kafka.
  const ccsDecision = await judge(journey, ccsSession, candidateId, { kind: 'ccs-awarded' }, { interview: true });
  journey.say(`  ${name}: ${ccs.code} awarded on ${ccsSession.date}`);
  return {
    scenario: 'ccs',
    name,
    pathway: 'continuous-training',
    titleCode: ADVF,
    candidateId,
    regions: [region],
    steps: [
      { region, what: `CCS session ${ccsSession.date}, before the title`, outcome: `refused ${String(refused.body['ruleId'])}` },
      { region, what: `title session ${titleSession.date}`, outcome: 'title-awarded', decisionId: title },
      { region, what: `CCS session ${ccsSession.date}`, outcome: `ccs-awarded (${ccs.code})`, decisionId: ccsDecision },
    ],
    expected: {
      decisions: [
        { type: 'TitleAwarded', region, ruleIds: ['JURY-OUTCOME'] },
        { type: 'CandidateConvened', region, ruleIds: ['CCS-REQUIRES-TITLE', 'JURY-PROFESSIONALS'] },
        { type: 'CcsAwarded', region, ruleIds: ['CCS-REQUIRES-TITLE'] },
        { type: 'ParchmentIssued', region, ruleIds: ['PARCHMENT', 'ISSUER'] },
      ],
      documents: [
        { region, kind: 'parchment', status: 'issued', ccsCode: null, verification: 'valid' },
        { region, kind: 'parchment', status: 'issued', ccsCode: ccs.code, verification: 'valid' },
      ],
      events: ['TitleAwarded', 'CcsAwarded'],
    },
  };
};
