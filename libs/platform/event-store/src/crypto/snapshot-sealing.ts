import { createHash } from 'node:crypto';
import type { KeyStore, SubjectKey } from '../port/key-store';
import { seal, unseal, type SealedValue } from './aes-gcm';

/**
 * For stores that cannot delete a snapshot for good on forgetSubject (EventStoreDB keeps deleted
 * data until scavenging), a snapshot holding personal data is sealed under a key derived from all
 * its subjects' keys: destroying any one of them makes the snapshot unreadable, like the events.
 */
const derive = (keys: readonly SubjectKey[]): { key: Buffer; keyId: string } => {
  const hash = createHash('sha256');
  for (const key of [...keys].sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1))) hash.update(key.subjectId).update('\n').update(key.key);
  const key = hash.digest();
  return { key, keyId: createHash('sha256').update(key).digest('hex').slice(0, 16) };
};

export const sealSnapshotState = async (state: unknown, subjects: readonly string[], keyStore: KeyStore | undefined): Promise<unknown> => {
  if (subjects.length === 0) return state;
  if (!keyStore) throw new Error('A snapshot with personal data needs a KeyStore');
  const keys = await keyStore.findKeys(subjects);
  if (keys.size !== new Set(subjects).size) return undefined;
  const { key, keyId } = derive([...keys.values()]);
  return { $sealedSnapshot: seal(state, key, keyId, subjects.join('\n')) };
};

/** The state, or undefined when one of the subjects was forgotten (the caller then reads the stream). */
export const openSnapshotState = async (stored: unknown, subjects: readonly string[], keyStore: KeyStore | undefined): Promise<unknown> => {
  if (subjects.length === 0) return stored;
  const sealed = (stored as { $sealedSnapshot?: SealedValue } | null)?.$sealedSnapshot;
  if (!sealed || !keyStore) return undefined;
  const keys = await keyStore.findKeys(subjects);
  if (keys.size !== new Set(subjects).size) return undefined;
  const { key, keyId } = derive([...keys.values()]);
  if (keyId !== sealed.kid) return undefined;
  try {
    return unseal(sealed, key, subjects.join('\n'));
  } catch {
    return undefined;
  }
};
