import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the evaluation service under requests generated from its OpenAPI document', () => itSurvivesGeneratedRequests(serviceDefinition));
