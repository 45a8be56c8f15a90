/** A data subject's encryption key (AES-256: 32 bytes). `keyId` changes if the subject gets a new key. */
export interface SubjectKey {
  readonly subjectId: string;
  readonly keyId: string;
  readonly key: Buffer;
}

/**
 * Where per-subject keys live. The PostgreSQL table is the default; a KMS can take its place.
 * Destroying a key is what erases a subject's personal data (crypto-shredding).
 */
export interface KeyStore {
  /** The subject's current key, created on first use. */
  keyFor(subjectId: string): Promise<SubjectKey>;
  /** The current keys of those subjects that still have one (forgotten subjects are absent). */
  findKeys(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>>;
  /** Irreversibly destroys every key of the subject. */
  destroyKeys(subjectId: string): Promise<void>;
}
