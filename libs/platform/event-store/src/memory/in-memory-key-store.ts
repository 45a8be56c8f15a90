import { randomBytes, randomUUID } from 'node:crypto';
import { SubjectForgottenError, type KeyStore, type SubjectKey } from '../port/key-store';

/** Subject keys in this process's memory, for fast tests: the same contract as PostgresKeyStore. */
export class InMemoryKeyStore implements KeyStore {
  private readonly keys = new Map<string, SubjectKey>();
  private readonly forgotten = new Set<string>();

  async keyFor(subjectId: string): Promise<SubjectKey> {
    if (this.forgotten.has(subjectId)) throw new SubjectForgottenError(subjectId);
    const existing = this.keys.get(subjectId);
    if (existing) return existing;
    const key: SubjectKey = { subjectId, keyId: randomUUID(), key: randomBytes(32) };
    this.keys.set(subjectId, key);
    return key;
  }

  async findKeys(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>> {
    const found = new Map<string, SubjectKey>();
    for (const subjectId of subjectIds) {
      const key = this.keys.get(subjectId);
      if (key) found.set(subjectId, key);
    }
    return found;
  }

  async destroyKeys(subjectId: string): Promise<void> {
    this.forgotten.add(subjectId);
    this.keys.delete(subjectId);
  }
}
