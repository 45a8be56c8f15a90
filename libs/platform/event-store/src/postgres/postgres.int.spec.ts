import { describeEventStoreContract } from '../contract/event-store.contract';
import { postgresContractTarget } from './postgres-contract-target';

describeEventStoreContract('PostgreSQL', () => postgresContractTarget('es_contract'));
