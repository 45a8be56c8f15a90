import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import type { ContractTarget } from './contract-target';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

export const evolutionContract = (target: () => ContractTarget): void => {
  describe('schema evolution', () => {
    it('upcasts stored events on read, step by step, without rewriting them', async () => {
      const upcasters = new UpcasterRegistry()
        .register('NameGiven', 1, (data) => ({ fullName: data['name'] }))
        .register('NameGiven', 2, (data) => ({ ...data, language: 'fr' }));
      const store = await target().open({ upcasters });
      const streamId = uniqueStream(uniqueCategory('evo'));
      await store.appendToStream(streamId, [newEvent('NameGiven', { name: 'Ada' }), newEvent('NameGiven', { fullName: 'Grace', language: 'en' }, { schemaVersion: 3 })]);
      const [old, current] = await store.readStream(streamId);
      expect(old).toMatchObject({ schemaVersion: 3, storedSchemaVersion: 1, data: { fullName: 'Ada', language: 'fr' } });
      expect(current).toMatchObject({ schemaVersion: 3, storedSchemaVersion: 3, data: { fullName: 'Grace', language: 'en' } });
      expect((await store.verifyStream(streamId)).ok).toBe(true);
    });
  });
};
