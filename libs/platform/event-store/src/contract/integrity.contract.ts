import { eventHash, GENESIS_HASH } from '../integrity/event-hash';
import type { EventStore } from '../port/event-store';
import { REDACTED } from '../port/events';
import { SubjectForgottenError } from '../port/key-store';
import { newEvent, uniqueCategory, uniqueStream } from './contract-target';

const rejection = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

export const integrityContract = (store: () => EventStore): void => {
  const category = uniqueCategory('chain');

  describe('tamper evidence', () => {
    it('chains each event to the previous one, from 64 zeros, with hashes anyone can recompute', async () => {
      const streamId = uniqueStream(category);
      await store().appendToStream(streamId, [newEvent('A', { x: 1, nested: { b: 2, a: 1 } })]);
      await store().appendToStream(streamId, [newEvent('B', { y: [1, 'two'] }), newEvent('C', {})]);
      const events = await store().readStream(streamId);
      expect(events[0]?.prevHash).toBe(GENESIS_HASH);
      events.forEach((event, i) => {
        if (i > 0) expect(event.prevHash).toBe(events[i - 1]?.hash);
        expect(event.hash).toBe(eventHash(event.prevHash, { ...event, schemaVersion: event.storedSchemaVersion }));
      });
      expect(await store().verifyStream(streamId)).toEqual({ ok: true, checked: 3 });
    });

    it('verifies every stream', async () => {
      await store().appendToStream(uniqueStream(category), [newEvent('D', {})]);
      const report = await store().verifyAll();
      expect(report.firstBroken).toBeUndefined();
      expect(report.ok).toBe(true);
      expect(report.checked).toBeGreaterThan(0);
    });
  });

  describe('crypto-shredding', () => {
    it('stores personal fields encrypted, reads them back, and redacts them once the subject is forgotten', async () => {
      const streamId = uniqueStream(category);
      const subjectId = `subject-${streamId}`;
      const bystander = `bystander-${streamId}`;
      await store().appendToStream(streamId, [
        newEvent('CandidateRegistered', { candidateId: 'c1', name: 'Awa Diallo', birthDate: '1990-02-03' }, { personal: { subjectId, fields: ['name', 'birthDate'] } }),
        newEvent('ContactAdded', { email: 'k.martin@example.org' }, { personal: { subjectId: bystander, fields: ['email'] } }),
      ]);
      const before = await store().readStream(streamId);
      expect(before[0]?.data).toEqual({ candidateId: 'c1', name: 'Awa Diallo', birthDate: '1990-02-03' });
      expect(before[0]?.personal).toEqual({ subjectId, fields: ['name', 'birthDate'] });

      await store().forgetSubject(subjectId);

      const after = await store().readStream(streamId);
      expect(after[0]?.data).toEqual({ candidateId: 'c1', name: REDACTED, birthDate: REDACTED });
      expect(after[1]?.data).toEqual({ email: 'k.martin@example.org' });
      expect(after[0]?.hash).toBe(before[0]?.hash);
      expect(await store().verifyStream(streamId)).toMatchObject({ ok: true, checked: 2 });
      expect((await store().verifyAll()).ok).toBe(true);
    });

    it('refuses to seal personal data of a forgotten subject again, with SubjectForgottenError, and stores nothing', async () => {
      const streamId = uniqueStream(category);
      const subjectId = `erased-${streamId}`;
      await store().appendToStream(streamId, [newEvent('CandidateRegistered', { name: 'Awa Diallo' }, { personal: { subjectId, fields: ['name'] } })]);
      await store().forgetSubject(subjectId);
      const error = await rejection(
        store().appendToStream(streamId, [newEvent('NameCorrected', { name: 'Awa Diallo-Sy' }, { personal: { subjectId, fields: ['name'] } })]),
      );
      expect(error).toBeInstanceOf(SubjectForgottenError);
      expect(error).toMatchObject({ subjectId });
      expect((await store().readStream(streamId)).map((e) => e.type)).toEqual(['CandidateRegistered']);
    });
  });
};
