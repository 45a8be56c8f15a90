import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { systemClock } from '@titrepro/service-kit';
import { bearer, periodOf, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

// VAE admissibility through the registry's public API with the service's clock set to the day of
// each act: the rulebook is the one in force on the request's day, and the decision names it.
describe('VAE admissibility through the regimes (registry over HTTP, real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  let officer: string;
  const http = () => request(registry.app.getHttpServer());

  beforeAll(async () => {
    registry = await startRegistry();
    officer = await bearer('regional-officer');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await registry?.close();
  });

  /** The service's clock (every decision's `now`) set to noon in Paris on `date`. */
  const on = (date: string) => {
    jest.restoreAllMocks();
    jest.spyOn(systemClock, 'now').mockImplementation(() => new Date(`${date}T10:00:00Z`));
  };

  /** Registers a candidate, opens a VAE pathway and files the dossier, all on `date`. */
  const requested = async (date: string, experience: { start: string; end: string }) => {
    on(date);
    const { body: candidate } = await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
    const { body: pathway } = await http().post(`/candidates/${candidate.candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    await http()
      .post(`/candidates/${candidate.candidateId}/pathways/${pathway.pathwayId}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [periodOf(experience.start, experience.end)] })
      .expect(201);
    return { candidateId: candidate.candidateId as string, pathwayId: pathway.pathwayId as string };
  };

  const decide = (file: { candidateId: string; pathwayId: string }) =>
    http().post(`/candidates/${file.candidateId}/pathways/${file.pathwayId}/vae-admissibility-decision`).set('Authorization', officer).send({ outcome: 'admissible' });

  const decidedEvent = async (candidateId: string) => {
    const history = await http().get(`/candidates/${candidateId}/history`).set('Authorization', await bearer('auditor', { auditorScope: 'national' })).expect(200);
    return (history.body as { type: string; rulebookId: string | null }[]).find((entry) => entry.type === 'VaeAdmissibilityDecided');
  };

  it('refuses 18 months filed on 2017-09-30 under tp-2016 although answered on 2017-10-15, and admits them filed on 2017-10-01 under vae-2017', async () => {
    const eighteenMonths = { start: '2016-01-01', end: '2017-06-30' };
    const lastDayOfThreeYears = await requested('2017-09-30', eighteenMonths);
    const firstDayOfOneYear = await requested('2017-10-01', eighteenMonths);
    on('2017-10-15');
    expect((await decide(lastDayOfThreeYears).expect(422)).body).toMatchObject({ ruleId: 'VAE-EXPERIENCE', rulebookId: 'tp-2016' });
    await decide(firstDayOfOneYear).expect(200);
    expect(await decidedEvent(firstDayOfOneYear.candidateId)).toMatchObject({ rulebookId: 'vae-2017' });
  });

  it('refuses 3 months in 2015 under seed-2009 and admits 3 months today under vae-jury-2024, each decision naming its rulebook', async () => {
    const in2015 = await requested('2015-03-02', { start: '2014-10-01', end: '2014-12-31' });
    on('2015-03-20');
    expect((await decide(in2015).expect(422)).body).toMatchObject({ ruleId: 'VAE-EXPERIENCE', rulebookId: 'seed-2009' });

    jest.restoreAllMocks();
    const today = systemClock.now();
    const threeMonthsAgo = new Date(today.getTime() - 100 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const monthAgo = new Date(today.getTime() - 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { body: candidate } = await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
    const { body: pathway } = await http().post(`/candidates/${candidate.candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    await http()
      .post(`/candidates/${candidate.candidateId}/pathways/${pathway.pathwayId}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [periodOf(threeMonthsAgo, monthAgo)] })
      .expect(201);
    await decide({ candidateId: candidate.candidateId, pathwayId: pathway.pathwayId }).expect(200);
    expect(await decidedEvent(candidate.candidateId)).toMatchObject({ rulebookId: 'vae-jury-2024' });
  });
});
