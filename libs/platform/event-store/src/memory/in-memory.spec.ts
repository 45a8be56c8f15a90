import { describeEventStoreContract } from '../contract/event-store.contract';
import { inMemoryContractTarget } from './in-memory-contract-target';

describeEventStoreContract('in memory', inMemoryContractTarget);
