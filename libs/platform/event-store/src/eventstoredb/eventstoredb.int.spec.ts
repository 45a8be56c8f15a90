import { describeEventStoreContract } from '../contract/event-store.contract';
import { eventStoreDbContractTarget } from './eventstoredb-contract-target';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];

describeEventStoreContract(
  'EventStoreDB',
  () => eventStoreDbContractTarget(connectionString ?? ''),
  connectionString ? undefined : 'EVENTSTORE_CONNECTION_STRING is not set',
);
