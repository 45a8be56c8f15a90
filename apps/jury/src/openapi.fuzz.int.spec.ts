import { calendarDateInParis } from '@titrepro/domain-kernel';
import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the jury service under requests generated from its OpenAPI document', () =>
  itSurvivesGeneratedRequests(serviceDefinition, {
    world: async (service) => {
      const officer = await service.bearer('regional-officer');
      const memberIds: string[] = [];
      for (const familyName of ['Juré', 'Jurée']) {
        const { body } = await service.http().post('/jury-members').set('Authorization', officer).send({ titleCodes: ['TP-00495'], familyName, givenNames: ['Claire'] }).expect(201);
        memberIds.push(body.memberId as string);
      }
      const { body: session } = await service.http().post('/sessions').set('Authorization', officer).send({ titleCode: 'TP-00495', date: calendarDateInParis(new Date()), kind: 'title' }).expect(201);
      await service.http().put(`/sessions/${session.sessionId}/jury`).set('Authorization', officer).send({ memberIds }).expect(200);
      return { hints: { memberId: memberIds, memberIds, sessionId: [session.sessionId as string] }, subjects: { 'jury-member': memberIds } };
    },
  }));
