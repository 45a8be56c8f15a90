import request from 'supertest';
import { bearer, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

describe('GET /titles and GET /titles/:code (real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  const http = () => request(registry.app.getHttpServer());

  beforeAll(async () => {
    registry = await startRegistry();
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('lists every title with its versions, CCPs, coded compétences and CCSs, to any authenticated role', async () => {
    const { body } = await http().get('/titles').set('Authorization', await bearer('candidate')).expect(200);
    expect(body.map((title: { code: string }) => title.code)).toEqual(['TP-00366', TSGERI]);
    const advf = body[0];
    expect(advf.versions[0].ccss).toEqual([expect.objectContaining({ code: 'CCS1', competences: expect.arrayContaining([expect.objectContaining({ code: 'CCS1-C1' })]) })]);
    expect(body[1].versions[0].ccps.map((ccp: { code: string }) => ccp.code)).toEqual(['CCP1', 'CCP2', 'CCP3']);
  });

  it('answers one title by its code, the compétence strings verbatim', async () => {
    const { body } = await http().get(`/titles/${TSGERI}`).set('Authorization', await bearer('assessor')).expect(200);
    expect(body).toMatchObject({ code: TSGERI, acronym: 'TSGERI', version: 1, validTo: null });
    expect(body.versions[0].ccps[2].competences[0]).toEqual({ code: 'CCP3-C1', label: 'Gérer un projet simple en informatique.' });
    expect(body.versions[0].regimes[0]).toMatchObject({ rulebookId: 'seed-2009', level: { fr: 'niveau III' }, authority: { short: 'DIRECCTE' }, practiceDossier: { fr: 'DSPP' } });
    expect(body.versions[0].regimes.at(-1)).toMatchObject({ rulebookId: 'vae-jury-2024', level: { fr: 'niveau 5' }, authority: { short: 'DREETS' } });
  });

  it('answers 404 problem+json naming the code of a title the référentiel does not hold', async () => {
    const response = await http().get('/titles/TP-99999').set('Authorization', await bearer('candidate')).expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body.detail).toContain('TP-99999');
  });

  it('answers 400 naming the parameter for a malformed title code', async () => {
    const response = await http().get('/titles/tsgeri').set('Authorization', await bearer('candidate')).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(response.body)).toContain('code');
  });

  it('documents both routes in the OpenAPI document, with the compétences in the schema', async () => {
    const { body } = await http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/titles', '/titles/{code}']));
    expect(JSON.stringify(body.paths['/titles/{code}'])).toContain('competences');
  });
});
