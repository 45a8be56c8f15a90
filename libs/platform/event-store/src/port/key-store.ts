/** A data subject's encryption key (AES-256: 32 bytes). `keyId` changes if the subject gets a new key. */
export interface SubjectKey {
  readonly subjectId: string;
  readonly keyId: string;
  readonly key: Buffer;
}

/**
 * Where per-subject keys live: never beside the ciphertext (PostgresKeyStore keeps them in a
 * database of their own; a KMS can take its place). Destroying a key is what erases a subject's
 * personal data (crypto-shredding).
 */
export interface KeyStore {
  /**
   * The subject's current key, created on first use. Throws SubjectForgottenError for a subject
   * whose keys were destroyed: their personal data must never be sealed, and readable, again.
   */
  keyFor(subjectId: string): Promise<SubjectKey>;
  /** The current keys of those subjects that still have one (forgotten subjects are absent). */
  findKeys(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>>;
  /** Irreversibly destroys every key of the subject; `keyFor` refuses the subject from then on. */
  destroyKeys(subjectId: string): Promise<void>;
}

/** Raised when personal data would be sealed for a data subject who was forgotten (erased). */
export class SubjectForgottenError extends Error {
  override readonly name = 'SubjectForgottenError';
  constructor(readonly subjectId: string) {
    super(`Subject ${subjectId} was forgotten: no key is created for them again`);
  }
}
