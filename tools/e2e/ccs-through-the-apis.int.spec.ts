import { findTitle } from '@titrepro/domain-referential';
import { waitFor } from '@titrepro/testing';
import { randomBytes } from 'node:crypto';
import { FourServices } from './support/four-services';

/** ADVF: the shipped title with a CCS (TSGERI has none), and that CCS. */
const ADVF = 'TP-00366';
const advf = findTitle(ADVF);
const ccs = advf?.ccss[0];
if (!advf || !ccs) throw new Error('the référentiel must ship ADVF with its CCS');
const CCP_CODES = advf.ccps.map((ccp) => ccp.code);

/** A day in Paris (the jury's and the evaluation's calendar), `daysAgo` before today. */
const parisDay = (daysAgo = 0): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - daysAgo * 86_400_000));
const pdfWith = (text: string): Buffer => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
const grid = (competences: readonly string[]) => competences.map((competence) => ({ competence, outcome: 'acquired' }));

interface DocumentListed {
  readonly documentId: string;
  readonly kind: string;
  readonly status: string;
  readonly titleCode: string;
  readonly ccsCode: string | null;
}

/**
 * A CCS through the public APIs of the four services of one region (real PostgreSQL, real Kafka):
 * a candidate without the title is refused the CCS session (CCS-REQUIRES-TITLE); once the jury
 * awarded the title, the CCS is judged on its mise en situation and an interview, awarded, and the
 * issuance delivers a CCS parchemin that /verify finds valid.
 */
describe('a CCS end to end: registry, evaluation, jury, issuance', () => {
  let world: FourServices;
  const officer = () => world.bearer('regional-officer');

  beforeAll(async () => {
    world = await FourServices.start();
  }, 600_000);

  afterAll(async () => {
    await world?.close();
  });

  it('refuses the CCS without the title, allows it after the title, and issues a CCS parchemin that verifies', async () => {
    const unique = randomBytes(4).toString('hex');
    // Staff: a trainer and a professional at the evaluation, two jury members, all for ADVF.
    const assessor = async (kind: 'trainer' | 'professional') =>
      (
        await world.api('evaluation', 'POST', '/assessors', {
          token: await officer(),
          body: { kind, ...(kind === 'trainer' ? { specialtyTitleCode: ADVF } : {}), qualifiedTitleCodes: [ADVF], familyName: `Évaluateur${unique}`, givenNames: ['Jean'] },
          expect: [201],
        })
      ).body['assessorId'] as string;
    const [trainer, professional] = [await assessor('trainer'), await assessor('professional')];
    const members: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const { body } = await world.api('jury', 'POST', '/jury-members', { token: await officer(), body: { titleCodes: [ADVF], familyName: `Jurée${unique}${index}`, givenNames: ['Claire'] }, expect: [201] });
      members.push(body['memberId'] as string);
    }
    const asMember = (index: number) => world.bearer('jury-member', members[index]);

    // The candidate, on a continuous-training pathway towards ADVF.
    const { body: registered } = await world.api('candidate-registry', 'POST', '/candidates', {
      token: await officer(),
      body: { familyName: `Martin${unique}`, givenNames: ['Inès'], birthDate: '1988-09-21', contact: { email: `ines.${unique}@example.org` } },
      expect: [201],
    });
    const candidateId = registered['candidateId'] as string;
    const { body: opened } = await world.api('candidate-registry', 'POST', `/candidates/${candidateId}/pathways`, { token: await officer(), body: { titleCode: ADVF, pathwayType: 'continuous-training' }, expect: [201] });
    const pathwayId = opened['pathwayId'] as string;

    // A CCS session, today: the candidate does not hold ADVF, so CCS-REQUIRES-TITLE refuses them.
    const session = async (kind: 'title' | 'ccs') => {
      const { body } = await world.api('jury', 'POST', '/sessions', { token: await officer(), body: { titleCode: ADVF, date: parisDay(), kind, ...(kind === 'ccs' ? { ccsCode: ccs.code } : {}) }, expect: [201] });
      const sessionId = body['sessionId'] as string;
      await world.api('jury', 'PUT', `/sessions/${sessionId}/jury`, { token: await officer(), body: { memberIds: members }, expect: [200] });
      return sessionId;
    };
    const ccsSession = await session('ccs');
    // 403/404 while the jury has not yet learnt the candidate's file from the registry's topic.
    const refused = await world.api('jury', 'POST', `/sessions/${ccsSession}/candidates`, { token: await officer(), body: { candidateId }, expect: [422], notYet: [403, 404] });
    expect(refused.body).toMatchObject({ ruleId: 'CCS-REQUIRES-TITLE' });

    // The title's evidence at the evaluation: ECF per CCP, DSPP, épreuve de synthèse on every compétence.
    const evidence = `/candidates/${candidateId}/pathways/${pathwayId}`;
    for (const ccpCode of CCP_CODES) {
      await world.api('evaluation', 'POST', `/candidates/${candidateId}/assignments`, {
        token: await officer(),
        body: { pathwayId, assessorId: trainer, scope: { kind: 'ecf', ccpCode } },
        expect: [201],
        notYet: [404, 409, 422],
      });
      await world.api('evaluation', 'POST', `${evidence}/training-evaluations`, { token: await world.bearer('assessor', trainer), body: { ccpCode, evaluatedOn: parisDay(17), result: 'passed' }, expect: [201] });
    }
    const files = Object.fromEntries(CCP_CODES.map((ccpCode) => [ccpCode, [pdfWith(`DP ${ccpCode}`), `${ccpCode}.pdf`] as const]));
    await world.api('evaluation', 'POST', `${evidence}/dspp`, { token: await world.bearer('candidate', candidateId), files, expect: [201] });
    const practicalAssessment = async (target: Record<string, string>, competences: readonly string[], on: string) => {
      const { body } = await world.api('evaluation', 'POST', `${evidence}/practical-assessments`, { token: await officer(), body: { target, scheduledOn: on }, expect: [201] });
      const assessmentId = body['assessmentId'] as string;
      await world.api('evaluation', 'POST', `/candidates/${candidateId}/assignments`, { token: await officer(), body: { pathwayId, assessorId: professional, scope: { kind: 'practical-assessment', assessmentId } }, expect: [201] });
      await world.api('evaluation', 'POST', `/candidates/${candidateId}/practical-assessments/${assessmentId}/result`, {
        token: await world.bearer('assessor', professional),
        body: { heldOn: on, outcomes: grid(competences) },
        expect: [201],
      });
    };
    await practicalAssessment({ kind: 'title-synthesis' }, advf.ccps.flatMap((ccp) => ccp.competences), parisDay(16));

    // The title: convened once the jury learnt the complete evidence, awarded, the minutes sealed.
    const seal = async (sessionId: string) => {
      const { body: minutes } = await world.api('jury', 'GET', `/sessions/${sessionId}/minutes`, { token: await officer(), expect: [200] });
      for (const [index] of members.entries()) {
        await world.api('jury', 'POST', `/sessions/${sessionId}/minutes/approvals`, { token: await asMember(index), body: { minutesHash: minutes['minutesHash'] }, expect: [201] });
      }
      await world.api('jury', 'POST', `/sessions/${sessionId}/minutes/seal`, { token: await officer(), expect: [200] });
    };
    const titleSession = await session('title');
    await world.api('jury', 'POST', `/sessions/${titleSession}/candidates`, { token: await officer(), body: { candidateId }, expect: [201], notYet: [409, 422] });
    await world.api('jury', 'POST', `/sessions/${titleSession}/candidates/${candidateId}/deliberation`, { token: await asMember(0), body: { outcome: { kind: 'title-awarded' } }, expect: [201] });
    await seal(titleSession);

    // The CCS: its mise en situation on the CCS's compétences, then the same session convenes the
    // candidate once the jury learnt the title award from Kafka (422 until then), interview, award.
    await practicalAssessment({ kind: 'ccs', ccsCode: ccs.code }, ccs.competences, parisDay(1));
    await world.api('jury', 'POST', `/sessions/${ccsSession}/candidates`, { token: await officer(), body: { candidateId }, expect: [201], notYet: [422] });
    await world.api('jury', 'POST', `/sessions/${ccsSession}/candidates/${candidateId}/interview`, { token: await asMember(0), body: {}, expect: [201] });
    // 422 until the jury learnt the CCS's mise en situation from the evaluation's topic.
    const { body: decided } = await world.api('jury', 'POST', `/sessions/${ccsSession}/candidates/${candidateId}/deliberation`, { token: await asMember(0), body: { outcome: { kind: 'ccs-awarded' } }, expect: [201], notYet: [422] });
    expect(decided['decisionId']).toEqual(expect.any(String));
    const { body: judged } = await world.api('jury', 'GET', `/sessions/${ccsSession}`, { token: await officer(), expect: [200] });
    expect(JSON.stringify(judged)).toContain('CCS-REQUIRES-TITLE');
    await seal(ccsSession);

    // The issuance: a title parchemin and a CCS parchemin, the latter valid at /verify as credential and as PDF.
    const auditor = await world.bearer('auditor');
    let documents: DocumentListed[] = [];
    await waitFor('the CCS parchemin', async () => {
      documents = (await world.api<DocumentListed[]>('document-issuance', 'GET', `/candidates/${candidateId}/documents`, { token: auditor, expect: [200], notYet: [404] })).body;
      return documents.some((document) => document.ccsCode === ccs.code);
    }, 120_000, 500);
    const ccsParchment = documents.find((document) => document.ccsCode === ccs.code);
    expect(ccsParchment).toMatchObject({ kind: 'parchment', status: 'issued', titleCode: ADVF, ccsCode: 'CCS1' });
    expect(documents.filter((document) => document.kind === 'parchment' && document.ccsCode === null)).toHaveLength(1);

    const documentId = ccsParchment?.documentId ?? '';
    const { body: credentials } = await world.api<Record<string, unknown>[]>('document-issuance', 'GET', `/documents/${documentId}/credential`, { token: auditor, expect: [200] });
    expect(JSON.stringify(credentials[0])).toContain(ccs.label);
    const verdict = await world.api('document-issuance', 'POST', '/verify', { body: credentials[0], expect: [200] });
    expect(verdict.body).toMatchObject({ outcome: 'valid', reasons: [] });
    const pdf = await fetch(`${world.url('document-issuance')}/documents/${documentId}/pdf`, { headers: { authorization: auditor } });
    expect(pdf.status).toBe(200);
    const asPdf = await fetch(`${world.url('document-issuance')}/verify`, { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(await pdf.arrayBuffer()) });
    expect(await asPdf.json()).toMatchObject({ outcome: 'valid' });
    expect(world.answers.serverErrors()).toBe(0);
  }, 900_000);
});
