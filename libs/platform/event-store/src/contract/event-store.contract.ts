import type { EventStore } from '../port/event-store';
import { appendContract } from './append.contract';
import { commandContract } from './command.contract';
import type { ContractTarget } from './contract-target';
import { evolutionContract } from './evolution.contract';
import { integrityContract } from './integrity.contract';
import { lifecycleContract } from './lifecycle.contract';
import { readContract } from './read.contract';
import { subscriptionContract } from './subscription.contract';

/**
 * The behaviour every EventStore adapter must have. Call it from an adapter's `*.int.spec.ts` with
 * that adapter's target; pass `skipReason` when its backend is not available, and the whole suite
 * is reported as skipped (never silently passed).
 */
export const describeEventStoreContract = (name: string, makeTarget: () => ContractTarget, skipReason?: string): void => {
  const describeOrSkip = skipReason === undefined ? describe : describe.skip;
  describeOrSkip(`EventStore contract: ${name}${skipReason === undefined ? '' : ` (skipped: ${skipReason})`}`, () => {
    let target: ContractTarget;
    let store: EventStore;

    beforeAll(async () => {
      target = makeTarget();
      await target.setup();
      store = await target.open();
    });
    afterAll(async () => {
      await target?.teardown();
    });

    appendContract(() => store);
    readContract(() => store);
    subscriptionContract(() => store);
    lifecycleContract(() => store);
    integrityContract(() => store);
    evolutionContract(() => target);
    commandContract(() => store, () => target);
  });
};

export type { ContractTarget, StoreVariant } from './contract-target';
