import type { CandidateRun } from './cohort-model';
import { TSGERI } from './continuous';
import { practicalAssessment, uploadDspp } from './evaluation-steps';
import { parisDay, type Journey } from './journey';
import { judge, scheduleSession } from './jury-steps';
import { decideVaeAdmissibility, openPathway, registerCandidate, requestVaeAdmissibility, type ExperiencePeriod } from './registry-steps';

const region = 'idf';

/**
 * Nathalie Petit: a VAE dossier whose experience (sales in a bakery) bears no relation to TSGERI.
 * Under the rulebook of the request's day (today's: no minimum duration, but experience in direct
 * relation with the title) "admissible" is refused with VAE-EXPERIENCE; the office notifies "not
 * admissible", and the decision records the rule's verdict.
 */
export const driveVaeRefused = async (journey: Journey): Promise<CandidateRun> => {
  const name = 'Nathalie Petit';
  journey.say(`  ${name}: VAE towards TSGERI in ${region}`);
  const candidateId = await registerCandidate(journey, region, { givenNames: ['Nathalie'], familyName: 'Petit', birthDate: '1979-02-08', email: `nathalie.petit.${journey.tag}@example.org` });
  const pathwayId = await openPathway(journey, region, candidateId, TSGERI, 'vae');
  const unrelated: ExperiencePeriod = { organisation: 'Boulangerie Au Bon Pain, Vincennes', role: 'Vendeuse', start: '2015-09-01', end: parisDay(-30), capacity: 'employee', relatedToTitle: false };
  await requestVaeAdmissibility(journey, region, candidateId, pathwayId, [unrelated]);
  const asked = await decideVaeAdmissibility(journey, region, candidateId, pathwayId, 'admissible');
  const refusal = `${String(asked.body['ruleId'] ?? asked.status)} (${String(asked.body['rulebookId'] ?? '')})`;
  journey.say(`  ${name}: "admissible" answered ${asked.status}, ${refusal}`);
  await decideVaeAdmissibility(journey, region, candidateId, pathwayId, 'not-admissible', "Expérience sans rapport direct avec le titre visé (vente en boulangerie).");
  journey.say(`  ${name}: notified not admissible`);
  return {
    scenario: 'vae-refused',
    name,
    pathway: 'vae',
    titleCode: TSGERI,
    candidateId,
    regions: [region],
    steps: [
      { region, what: 'VAE admissibility asked admissible', outcome: asked.status === 422 ? `refused ${refusal}` : `answered ${asked.status}` },
      { region, what: 'VAE admissibility', outcome: 'not-admissible' },
    ],
    expected: {
      decisions: [{ type: 'VaeAdmissibilityDecided', region, ruleIds: ['VAE-EXPERIENCE'], rulebookId: 'vae-jury-2024' }],
      documents: [],
      events: ['VaeAdmissibilityDecided'],
    },
  };
};

/** Karim Benali: six years as a support technician, admissible, judged on DSPP, mise en situation and interview: the title. */
export const driveVaeAwarded = async (journey: Journey): Promise<CandidateRun> => {
  const name = 'Karim Benali';
  journey.say(`  ${name}: VAE towards TSGERI in ${region}`);
  const candidateId = await registerCandidate(journey, region, { givenNames: ['Karim'], familyName: 'Benali', birthDate: '1985-09-17', email: `karim.benali.${journey.tag}@example.org` });
  const pathwayId = await openPathway(journey, region, candidateId, TSGERI, 'vae');
  const related: ExperiencePeriod[] = [
    { organisation: 'Mairie de Créteil', role: 'Technicien support informatique', start: '2018-03-01', end: '2022-08-31', capacity: 'employee', relatedToTitle: true },
    { organisation: 'Association Emmaüs Connect', role: 'Animateur numérique bénévole', start: '2022-09-01', end: parisDay(-90), capacity: 'volunteer', relatedToTitle: true },
  ];
  await requestVaeAdmissibility(journey, region, candidateId, pathwayId, related);
  await decideVaeAdmissibility(journey, region, candidateId, pathwayId, 'admissible');
  journey.say(`  ${name}: admissible`);
  await uploadDspp(journey, region, candidateId, pathwayId, TSGERI);
  await practicalAssessment(journey, region, candidateId, pathwayId, TSGERI, { kind: 'title-synthesis' }, parisDay(-20));
  const session = await scheduleSession(journey, region, { titleCode: TSGERI, kind: 'title', date: parisDay(0) });
  const decisionId = await judge(journey, session, candidateId, { kind: 'title-awarded' }, { interview: true });
  journey.say(`  ${name}: the jury of ${session.date} awarded the title; minutes sealed`);
  return {
    scenario: 'vae-awarded',
    name,
    pathway: 'vae',
    titleCode: TSGERI,
    candidateId,
    regions: [region],
    steps: [
      { region, what: 'VAE admissibility', outcome: 'admissible' },
      { region, what: `title session ${session.date}`, outcome: 'title-awarded', decisionId },
    ],
    expected: {
      decisions: [
        { type: 'VaeAdmissibilityDecided', region, ruleIds: ['VAE-EXPERIENCE'], rulebookId: 'vae-jury-2024' },
        { type: 'CandidateConvened', region, ruleIds: ['VAE-ADMISSIBILITY', 'JURY-PROFESSIONALS'] },
        { type: 'DeliberationRecorded', region, ruleIds: ['JURY-OUTCOME'] },
        { type: 'TitleAwarded', region, ruleIds: ['JURY-OUTCOME'] },
        { type: 'ParchmentIssued', region, ruleIds: ['PARCHMENT', 'ISSUER'] },
      ],
      documents: [{ region, kind: 'parchment', status: 'issued', ccsCode: null, verification: 'valid' }],
      events: ['VaeAdmissibilityDecided', 'TitleAwarded'],
    },
  };
};
