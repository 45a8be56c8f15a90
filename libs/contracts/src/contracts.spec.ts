import { ALL_CONTRACTS, CONTRACTS } from './all-contracts';
import { payloadJsonSchema, type JsonSchema } from './compatibility/json-schema';
import { contractId } from './envelope/integration-contract';
import { TOPICS } from './envelope/topics';
import { CandidateRegisteredV1, VaeAdmissibilityDecidedV1 } from './registry';

// Field names that would mean personal data in clear; integration events carry ids and facts only.
const personalFieldNames = /name|birth|email|phone|address|nir|socialsecurity|gender|nationality/i;

const propertyNames = (schema: JsonSchema): string[] => {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).flatMap(([name, child]) => [name, ...propertyNames(child)]);
};

describe('integration contracts', () => {
  it.each(ALL_CONTRACTS.map((contract) => [contractId(contract), contract] as const))(
    '%s is published on its context topic titrepro.<context>.events',
    (_id, contract) => {
      expect(contract.topic).toBe(`titrepro.${contract.context}.events`);
      expect(TOPICS[contract.context]).toBe(contract.topic);
    },
  );

  it.each(ALL_CONTRACTS.map((contract) => [contractId(contract), contract] as const))(
    '%s carries no personal data field',
    (_id, contract) => {
      expect(propertyNames(payloadJsonSchema(contract)).filter((name) => personalFieldNames.test(name))).toEqual([]);
    },
  );

  it('names each contract version once', () => {
    const ids = ALL_CONTRACTS.map(contractId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keys a message by its candidate id', () => {
    const payload = { candidateId: 'c-42', region: '84', registeredAt: '2024-05-02T09:30:00.000Z' };
    expect(CandidateRegisteredV1.key(CandidateRegisteredV1.schema.parse(payload))).toBe('c-42');
  });

  it('accepts a payload that matches its contract and strips fields it does not know', () => {
    const check = CONTRACTS.check('CandidateRegistered', 1, {
      candidateId: 'c-42',
      region: '84',
      registeredAt: '2024-05-02T09:30:00.000Z',
      later: 'a field from a newer producer',
    });
    expect(check).toMatchObject({ ok: true, payload: { candidateId: 'c-42', region: '84' } });
    expect(check.ok && 'later' in check.payload).toBe(false);
  });

  it('refuses a payload that breaks its contract, saying which field', () => {
    const check = CONTRACTS.check(VaeAdmissibilityDecidedV1.type, 1, { candidateId: 'c-42', outcome: 'maybe' });
    expect(check).toMatchObject({ ok: false, reason: 'invalid-payload' });
    expect(!check.ok && check.message).toContain('outcome');
  });

  it('reports a type or version it has no contract for', () => {
    expect(CONTRACTS.check('CandidateRegistered', 99, {})).toMatchObject({ ok: false, reason: 'unknown-contract' });
    expect(() => CONTRACTS.get('NoSuchEvent', 1)).toThrow('NoSuchEvent@1');
  });
});
