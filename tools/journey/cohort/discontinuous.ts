import type { CandidateRun } from './cohort-model';
import { TSGERI } from './continuous';
import { ccpPairAssessment, uploadDspp } from './evaluation-steps';
import { parisDay, type Journey } from './journey';
import { judge, scheduleSession, untilHolds } from './jury-steps';
import { openPathway, registerCandidate, transferFile } from './registry-steps';

/**
 * Élodie Le Goff: discontinuous training. CCP1 assessed by a pair and awarded by a CCP session in
 * Île-de-France; she moves to Brittany (the file handed over to bre); CCP2 and CCP3 there; then the
 * title in bre, after an interview, from CCPs of both regions (TITLE-BY-CAPITALISATION).
 */
export const driveTwoRegions = async (journey: Journey): Promise<CandidateRun> => {
  const name = 'Élodie Le Goff';
  journey.say(`  ${name}: discontinuous training towards TSGERI, first in idf`);
  const candidateId = await registerCandidate(journey, 'idf', { givenNames: ['Élodie'], familyName: 'Le Goff', birthDate: '1993-01-29', email: `elodie.legoff.${journey.tag}@example.org` });
  const pathwayId = await openPathway(journey, 'idf', candidateId, TSGERI, 'discontinuous-training');
  await uploadDspp(journey, 'idf', candidateId, pathwayId, TSGERI);
  await ccpPairAssessment(journey, 'idf', candidateId, pathwayId, TSGERI, 'CCP1', parisDay(-200));
  const idfSession = await scheduleSession(journey, 'idf', { titleCode: TSGERI, kind: 'ccp', date: parisDay(0) });
  const ccp1 = await judge(journey, idfSession, candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, { interview: false, ccpCodes: ['CCP1'] });
  journey.say(`  ${name}: CCP1 awarded in idf on ${idfSession.date}`);

  await transferFile(journey, candidateId, 'idf', 'bre');
  journey.say(`  ${name}: file handed over from idf to bre`);
  // bre learns CCP1 from idf's jury topic; bre's evaluation holds the file from the handover on.
  await untilHolds(journey, 'bre', candidateId, ['CCP1']);
  await uploadDspp(journey, 'bre', candidateId, pathwayId, TSGERI);
  for (const ccpCode of ['CCP2', 'CCP3']) await ccpPairAssessment(journey, 'bre', candidateId, pathwayId, TSGERI, ccpCode, parisDay(-70));
  const breCcpSession = await scheduleSession(journey, 'bre', { titleCode: TSGERI, kind: 'ccp', date: parisDay(0) });
  const ccp23 = await judge(journey, breCcpSession, candidateId, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP2', 'CCP3'] }, { interview: false, ccpCodes: ['CCP2', 'CCP3'] });
  journey.say(`  ${name}: CCP2 and CCP3 awarded in bre on ${breCcpSession.date}`);
  await untilHolds(journey, 'bre', candidateId, ['CCP1', 'CCP2', 'CCP3']);
  const titleSession = await scheduleSession(journey, 'bre', { titleCode: TSGERI, kind: 'title', date: parisDay(0) });
  const title = await judge(journey, titleSession, candidateId, { kind: 'title-awarded' }, { interview: true });
  journey.say(`  ${name}: the title awarded in bre on ${titleSession.date}, from CCPs of idf and bre`);
  return {
    scenario: 'discontinuous-two-regions',
    name,
    pathway: 'discontinuous-training',
    titleCode: TSGERI,
    candidateId,
    regions: ['idf', 'bre'],
    steps: [
      { region: 'idf', what: `CCP session ${idfSession.date}`, outcome: 'CCP1 awarded', decisionId: ccp1 },
      { region: 'idf', what: 'handover to bre', outcome: 'accepted by bre' },
      { region: 'bre', what: `CCP session ${breCcpSession.date}`, outcome: 'CCP2, CCP3 awarded', decisionId: ccp23 },
      { region: 'bre', what: `title session ${titleSession.date}`, outcome: 'title-awarded', decisionId: title },
    ],
    expected: {
      decisions: [
        { type: 'CcpPairAssessmentRecorded', region: 'idf', ruleIds: ['CCP-PAIR'] },
        { type: 'CcpAwarded', region: 'idf', ruleIds: ['CAPITALISATION-WINDOW', 'JURY-OUTCOME'] },
        { type: 'CcpPairAssessmentRecorded', region: 'bre', ruleIds: ['CCP-PAIR'] },
        { type: 'CcpAwarded', region: 'bre', ruleIds: ['CAPITALISATION-WINDOW', 'JURY-OUTCOME'] },
        { type: 'TitleAwarded', region: 'bre', ruleIds: ['TITLE-BY-CAPITALISATION', 'JURY-OUTCOME'] },
        { type: 'ParchmentIssued', region: 'bre', ruleIds: ['PARCHMENT', 'ISSUER'] },
      ],
      // Each region's office delivers the livret of the CCPs its jury awarded (ISSUER); bre the parchemin.
      documents: [
        { region: 'idf', kind: 'booklet', status: 'issued', ccsCode: null, verification: 'valid' },
        { region: 'bre', kind: 'booklet', status: 'issued', ccsCode: null, verification: 'valid' },
        { region: 'bre', kind: 'parchment', status: 'issued', ccsCode: null, verification: 'valid' },
      ],
      events: ['CcpAwarded', 'CandidateHandedOver', 'TitleAwarded'],
    },
  };
};
