import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the candidate registry under requests generated from its OpenAPI document', () =>
  itSurvivesGeneratedRequests(serviceDefinition, {
    world: async (service) => {
      const { body } = await service
        .http()
        .post('/candidates')
        .set('Authorization', await service.bearer('regional-officer'))
        .send({ familyName: 'Martin', givenNames: ['Claire'], birthDate: '1990-04-12', contact: { email: 'claire.martin@example.org' } })
        .expect(201);
      const candidateId = [body.candidateId as string];
      return { hints: { id: candidateId, candidateId }, subjects: { candidate: candidateId } };
    },
  }));
