import type { ContractTarget } from './contract-target';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

export const evolutionContract = (target: () => ContractTarget): void => {
  describe('schema evolution', () => {
    it('hands each event back at the schema version it was stored at, its data as stored (the descriptors upcast it on read), never rewriting it', async () => {
      const store = await target().open();
      const streamId = uniqueStream(uniqueCategory('evo'));
      await store.appendToStream(streamId, [newEvent('NameGiven', { name: 'Ada' }), newEvent('NameGiven', { fullName: 'Grace', language: 'en' }, { schemaVersion: 3 })]);
      const [old, current] = await store.readStream(streamId);
      expect(old).toMatchObject({ schemaVersion: 1, storedSchemaVersion: 1, data: { name: 'Ada' } });
      expect(current).toMatchObject({ schemaVersion: 3, storedSchemaVersion: 3, data: { fullName: 'Grace', language: 'en' } });
      expect((await store.verifyStream(streamId)).ok).toBe(true);
    });
  });
};
