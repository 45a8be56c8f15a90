import { itServesTheBasics } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the candidate registry', () => itServesTheBasics(serviceDefinition));
