import { findTitle } from '@titrepro/domain-referential';
import type { Journey, RegionCode } from './journey';

/** A trainer of the specialty and a professional, habilitated for the title in the region (registered once per run). */
export interface Assessors {
  readonly trainer: string;
  readonly professional: string;
}

const ASSESSOR_NAMES = { trainer: ['Lefèvre', 'Olivier'], professional: ['Garnier', 'Sophie'] } as const;

export const assessorsOf = (journey: Journey, region: RegionCode, titleCode: string): Promise<Assessors> =>
  journey.once(`assessors:${region}:${titleCode}`, async () => {
    const register = async (kind: 'trainer' | 'professional') => {
      const [familyName, givenName] = ASSESSOR_NAMES[kind];
      const { body } = await journey.api(region, 'evaluation', 'POST', '/assessors', {
        as: journey.officer(region),
        body: { kind, ...(kind === 'trainer' ? { specialtyTitleCode: titleCode } : {}), qualifiedTitleCodes: [titleCode], familyName, givenNames: [givenName] },
        expect: [201],
      });
      return String(body['assessorId']);
    };
    return { trainer: await register('trainer'), professional: await register('professional') };
  });

export const titleOf = (titleCode: string) => {
  const title = findTitle(titleCode);
  if (!title) throw new Error(`the référentiel ships no ${titleCode}`);
  return title;
};

export const competencesOf = (titleCode: string, ccpCode: string): readonly string[] => titleOf(titleCode).ccps.find((ccp) => ccp.code === ccpCode)?.competences ?? [];

const acquired = (competences: readonly string[]) => competences.map((competence) => ({ competence, outcome: 'acquired' }));

/** A small PDF, enough for the evaluation's content check. */
const pdfWith = (text: string): Buffer => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');

const assign = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, assessorId: string, scope: Record<string, string>): Promise<void> => {
  // 404/409/422 while the evaluation has not yet learnt the pathway (or the handover) from the registry's topic.
  await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/assignments`, { as: journey.officer(region), body: { pathwayId, assessorId, scope }, expect: [201], notYet: [403, 404, 409, 422] });
};

/** ECF: the trainer's result for each CCP of the title. */
export const recordTrainingEvaluations = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, titleCode: string, evaluatedOn: string): Promise<void> => {
  const { trainer } = await assessorsOf(journey, region, titleCode);
  for (const ccp of titleOf(titleCode).ccps) {
    await assign(journey, region, candidateId, pathwayId, trainer, { kind: 'ecf', ccpCode: ccp.code });
    await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/training-evaluations`, {
      as: journey.assessor(region, trainer),
      body: { ccpCode: ccp.code, evaluatedOn, result: 'passed' },
      expect: [201],
    });
  }
};

/** The candidate's DSPP (dossier professionnel): one document per activité type of the title. */
export const uploadDspp = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, titleCode: string): Promise<void> => {
  const files = Object.fromEntries(titleOf(titleCode).ccps.map((ccp) => [ccp.code, [pdfWith(`Dossier professionnel ${ccp.code}`), `dp-${ccp.code.toLowerCase()}.pdf`] as const]));
  await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/dspp`, { as: journey.candidate(region, candidateId), files, expect: [201], notYet: [403, 404, 409] });
};

export type AssessmentTarget = { readonly kind: 'title-synthesis' } | { readonly kind: 'ccp'; readonly ccpCode: string } | { readonly kind: 'ccs'; readonly ccsCode: string };

const competencesFor = (titleCode: string, target: AssessmentTarget): readonly string[] => {
  const title = titleOf(titleCode);
  if (target.kind === 'title-synthesis') return title.ccps.flatMap((ccp) => ccp.competences);
  if (target.kind === 'ccp') return competencesOf(titleCode, target.ccpCode);
  return title.ccss.find((ccs) => ccs.code === target.ccsCode)?.competences ?? [];
};

/** A mise en situation professionnelle, scheduled by the office and held on `on`, every compétence acquired, recorded by the professional. */
export const practicalAssessment = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, titleCode: string, target: AssessmentTarget, on: string): Promise<void> => {
  const { professional } = await assessorsOf(journey, region, titleCode);
  const { body } = await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/practical-assessments`, {
    as: journey.officer(region),
    body: { target, scheduledOn: on },
    expect: [201],
    notYet: [403, 404, 409],
  });
  const assessmentId = String(body['assessmentId']);
  await assign(journey, region, candidateId, pathwayId, professional, { kind: 'practical-assessment', assessmentId });
  await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/practical-assessments/${assessmentId}/result`, {
    as: journey.assessor(region, professional),
    body: { heldOn: on, outcomes: acquired(competencesFor(titleCode, target)) },
    expect: [201],
  });
};

/** Discontinuous pathway: one CCP assessed by the pair (CCP-PAIR), on its mise en situation and the DSPP. */
export const ccpPairAssessment = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, titleCode: string, ccpCode: string, on: string): Promise<void> => {
  const { trainer, professional } = await assessorsOf(journey, region, titleCode);
  await practicalAssessment(journey, region, candidateId, pathwayId, titleCode, { kind: 'ccp', ccpCode }, on);
  for (const assessorId of [professional, trainer]) await assign(journey, region, candidateId, pathwayId, assessorId, { kind: 'ccp-evaluation', ccpCode });
  await journey.api(region, 'evaluation', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/ccp-assessments`, {
    as: journey.assessor(region, professional),
    body: { ccpCode, assessedOn: on, assessorIds: [professional, trainer], outcome: 'passed', grid: acquired(competencesOf(titleCode, ccpCode)) },
    expect: [201],
  });
};
