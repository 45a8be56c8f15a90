import { createContractRegistry } from './contract-registry';
import type { IntegrationContract } from './envelope/integration-contract';
import { EVALUATION_CONTRACTS } from './evaluation';
import { JURY_CONTRACTS } from './jury';
import { REGISTRY_CONTRACTS } from './registry';

/** Every integration contract of the platform; the AsyncAPI document and the snapshots come from it. */
export const ALL_CONTRACTS: readonly IntegrationContract[] = [...REGISTRY_CONTRACTS, ...EVALUATION_CONTRACTS, ...JURY_CONTRACTS];

/** The platform's contract registry: consumers validate what they receive against it. */
export const CONTRACTS = createContractRegistry(ALL_CONTRACTS);
