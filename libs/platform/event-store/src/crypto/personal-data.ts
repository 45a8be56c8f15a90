import type { EventData, PersonalDataSpec } from '../port/events';
import { REDACTED } from '../port/events';
import type { SubjectKey } from '../port/key-store';
import { seal, unseal, type SealedValue } from './aes-gcm';

/** The member a sealed personal field is stored under: `{ "$personal": SealedValue }`. */
const MARK = '$personal';

const aadFor = (subjectId: string, field: string): string => `${subjectId}\n${field}`;

const sealedOf = (value: unknown): SealedValue | undefined =>
  value !== null && typeof value === 'object' && MARK in value ? ((value as Record<string, unknown>)[MARK] as SealedValue) : undefined;

/** Replaces the spec's fields by their ciphertext: what the store writes and hashes. */
export const protectPersonalData = (data: EventData, spec: PersonalDataSpec, key: SubjectKey): EventData => {
  const stored: Record<string, unknown> = { ...data };
  for (const field of spec.fields) {
    if (!(field in data) || data[field] === undefined) continue;
    stored[field] = { [MARK]: seal(data[field], key.key, key.keyId, aadFor(spec.subjectId, field)) };
  }
  return stored;
};

/**
 * Decrypts the spec's fields with the subject's key; a field whose key is gone (forgotten subject)
 * or does not open reads as REDACTED.
 */
export const revealPersonalData = (stored: EventData, spec: PersonalDataSpec, key: SubjectKey | undefined): EventData => {
  const data: Record<string, unknown> = { ...stored };
  for (const field of spec.fields) {
    const sealed = sealedOf(stored[field]);
    if (!sealed) continue;
    if (!key || key.keyId !== sealed.kid) {
      data[field] = REDACTED;
      continue;
    }
    try {
      data[field] = unseal(sealed, key.key, aadFor(spec.subjectId, field));
    } catch {
      data[field] = REDACTED;
    }
  }
  return data;
};
