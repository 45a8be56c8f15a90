import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';
import { TEST_ISSUER_ENV } from './testing/test-issuer-env';

describe('the document-issuance service under requests generated from its OpenAPI document', () => itSurvivesGeneratedRequests(serviceDefinition, { env: TEST_ISSUER_ENV }));
