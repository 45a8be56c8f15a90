import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the evaluation service under requests generated from its OpenAPI document', () =>
  itSurvivesGeneratedRequests(serviceDefinition, {
    world: async (service) => {
      const officer = await service.bearer('regional-officer');
      const register = async (kind: 'professional' | 'trainer') =>
        (
          await service
            .http()
            .post('/assessors')
            .set('Authorization', officer)
            .send({ kind, ...(kind === 'trainer' ? { specialtyTitleCode: 'TP-00495' } : {}), qualifiedTitleCodes: ['TP-00495'], familyName: 'Évaluatrice', givenNames: ['Jeanne'] })
            .expect(201)
        ).body.assessorId as string;
      const assessorIds = [await register('professional'), await register('trainer')];
      return { hints: { assessorId: assessorIds }, subjects: { assessor: assessorIds } };
    },
  }));
