import { itServesTheBasics } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the evaluation service', () => itServesTheBasics(serviceDefinition));
