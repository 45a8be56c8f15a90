import { itServesTheBasics } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';
import { TEST_ISSUER_ENV } from './testing/test-issuer-env';

describe('the document-issuance service', () => itServesTheBasics(serviceDefinition, { env: TEST_ISSUER_ENV }));
