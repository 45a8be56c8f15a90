import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { startJuryWorld, type JuryWorld } from '../testing/jury-world';

const daysFromToday = (days: number) => addDays(calendarDateInParis(new Date()), days);

// A member declares a conflict of interest with a candidate through the API; JURY-PROFESSIONALS
// then keeps them off that candidate's jury until the office names the jury again without them.
describe('conflict of interest: declared by a member, applied by JURY-PROFESSIONALS (real PostgreSQL and Kafka)', () => {
  let world: JuryWorld;
  const idf = () => world.idf.service;

  beforeAll(async () => {
    world = await startJuryWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('is declared once by a seated member; convening the candidate is then refused until the jury is named without them', async () => {
    const candidate = await world.candidate().continuousTraining().evidenceComplete();
    const [first, conflicted, replacement] = await world.idf.members(3);
    if (!first || !conflicted || !replacement) throw new Error('three members were registered');
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(7), memberIds: [first, conflicted] });
    const route = `/sessions/${sessionId}/candidates/${candidate.candidateId}/conflict-of-interest`;
    const declare = async (token: string, body: object = { reason: 'Le candidat a été mon apprenti.' }) => idf().http().post(route).set('Authorization', token).send(body);

    expect((await declare(await world.idf.asMember(replacement))).status).toBe(403);
    expect((await declare(await world.idf.officer())).status).toBe(403);
    const empty = await declare(await world.idf.asMember(conflicted), {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const declared = await declare(await world.idf.asMember(conflicted));
    expect(declared.status).toBe(201);
    expect(declared.body).toEqual({ sessionId, candidateId: candidate.candidateId });
    expect((await declare(await world.idf.asMember(conflicted))).status).toBe(409);
    const stored = await idf().query<{ data: { memberId: string } }>(`SELECT data FROM event_store.events WHERE stream_id = $1 AND type = 'ConflictOfInterestDeclared'`, [`jurysession-${sessionId}`]);
    expect(stored.map((row) => row.data.memberId)).toEqual([conflicted]);

    const officer = await world.idf.officer();
    const refused = await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'JURY-PROFESSIONALS', detail: `Member(s) who declared a conflict of interest with the candidate: ${conflicted}.` });
    await idf().http().put(`/sessions/${sessionId}/jury`).set('Authorization', officer).send({ memberIds: [first, replacement] }).expect(200);
    await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(201);
  });
});
