import type { DeadLetterReason } from './envelope/headers';
import { contractId, type IntegrationContract } from './envelope/integration-contract';

/** Outcome of checking a payload against the contract named by its type and version. */
export type PayloadCheck =
  | { readonly ok: true; readonly contract: IntegrationContract; readonly payload: Record<string, unknown> & { candidateId: string } }
  | { readonly ok: false; readonly reason: Extract<DeadLetterReason, 'invalid-payload' | 'unknown-contract'>; readonly message: string };

/** Contracts by type and version. */
export interface ContractRegistry {
  readonly all: readonly IntegrationContract[];
  find(type: string, version: number): IntegrationContract | undefined;
  /** Throws when there is no such contract: for code paths where its absence is a programming error. */
  get(type: string, version: number): IntegrationContract;
  /** The topics the contracts are published on, sorted. */
  topics(): string[];
  /** Validates a decoded payload; the payload returned is the schema's output (unknown keys stripped). */
  check(type: string, version: number, payload: unknown): PayloadCheck;
}

/** Indexes contracts by `type@version`; refuses two contracts with the same identity. */
export const createContractRegistry = (contracts: readonly IntegrationContract[]): ContractRegistry => {
  const byId = new Map<string, IntegrationContract>();
  for (const contract of contracts) {
    const id = contractId(contract);
    if (byId.has(id)) throw new Error(`Two contracts are named ${id}`);
    byId.set(id, contract);
  }
  const find = (type: string, version: number) => byId.get(contractId({ type, version }));
  return {
    all: [...contracts],
    find,
    get: (type, version) => {
      const contract = find(type, version);
      if (!contract) throw new Error(`No integration contract ${contractId({ type, version })}`);
      return contract;
    },
    topics: () => [...new Set(contracts.map((contract) => contract.topic))].sort(),
    check: (type, version, payload) => {
      const contract = find(type, version);
      if (!contract) {
        return { ok: false, reason: 'unknown-contract', message: `No integration contract ${contractId({ type, version })}` };
      }
      const parsed = contract.schema.safeParse(payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
        return { ok: false, reason: 'invalid-payload', message: `${contractId(contract)}: ${issues.join('; ')}` };
      }
      return { ok: true, contract, payload: parsed.data as Record<string, unknown> & { candidateId: string } };
    },
  };
};
