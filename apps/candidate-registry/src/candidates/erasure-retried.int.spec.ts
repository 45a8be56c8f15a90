import { CommandBus } from '@nestjs/cqrs';
import { parseEraseCandidatePersonalData } from '@titrepro/domain-registry';
import { StreamCommand } from '@titrepro/service-kit';
import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';
import { eventually, registration } from '../testing/registry-test-app';
import { candidates } from './candidate-aggregate';

describe('erasure is one decision whose effects are retried until they hold (real PostgreSQL and Kafka)', () => {
  let registry: StartedService;

  beforeAll(async () => {
    registry = await startService(serviceDefinition, { region: 'idf', relay: true, consumers: true });
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('finishes an erasure whose process stopped right after recording it: the erasure reactor forgets the key and purges the read models', async () => {
    const body = registration(randomBytes(4).toString('hex'));
    const officer = await registry.bearer('regional-officer');
    const { body: created } = await registry.http().post('/candidates').set('Authorization', officer).send(body).expect(201);
    const candidateId = created.candidateId as string;
    await eventually('the summary', async () => (await registry.http().get(`/candidates/${candidateId}`).set('Authorization', officer)).body.familyName === body.familyName);
    expect(await registry.queryKeys('SELECT 1 FROM candidate_registry.subject_keys WHERE subject_id = $1', [candidateId])).toHaveLength(1);

    // Only the decision, as if the process died before the route ran the erasure's effects.
    const command = parseEraseCandidatePersonalData({ candidateId, actingRegion: 'idf' });
    if (!command.ok) throw new Error(command.error.message);
    const origin = { actor: { subject: 'officer-1', role: 'regional-officer' as const }, causation: { correlationId: randomUUID(), causationId: null } };
    await registry.app.get(CommandBus).execute(new StreamCommand(candidates.stream(candidateId), command.value, origin));

    await eventually('the key destroyed by the erasure reactor', async () => (await registry.queryKeys('SELECT 1 FROM candidate_registry.subject_keys WHERE subject_id = $1', [candidateId])).length === 0, 30_000);
    expect(await registry.queryKeys('SELECT 1 FROM candidate_registry.forgotten_subjects WHERE subject_id = $1', [candidateId])).toHaveLength(1);
    await eventually('the read models purged', async () => (await registry.query<{ family_name: string | null }>('SELECT family_name FROM candidate_summary WHERE candidate_id = $1', [candidateId]))[0]?.family_name === null);
    const history = await registry.http().get(`/candidates/${candidateId}/history`).set('Authorization', await registry.bearer('auditor', { auditorScope: 'national' })).expect(200);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(['CandidateRegistered', 'CandidatePersonalDataErased']);
  });
});
