import { z } from 'zod';
import { AUDITED_SERVICES } from '../config/audited-stores-config';

/** A link of a hash chain that does not hold: where, and why. */
export const brokenLinkSchema = z.object({
  region: z.string(),
  service: z.enum(AUDITED_SERVICES),
  streamId: z.string(),
  revision: z.number().int(),
  reason: z.string(),
});

/** Sealed minutes whose seal does not match the session's decisions, or an award no sealed decision backs. */
export const integrityProblemSchema = z.object({
  region: z.string(),
  service: z.enum(AUDITED_SERVICES),
  streamId: z.string(),
  revision: z.number().int(),
  /** The session or decision concerned. */
  subject: z.string(),
  reason: z.string(),
});

export const storeVerificationSchema = z.object({
  region: z.string(),
  service: z.enum(AUDITED_SERVICES),
  /** False when the store could not be read (then `error`). */
  read: z.boolean(),
  error: z.string().nullable(),
  streams: z.number().int(),
  events: z.number().int(),
  elapsedMs: z.number(),
  eventsPerSecond: z.number(),
  broken: z.array(brokenLinkSchema),
});

export const verificationSchema = z.object({
  generatedAt: z.string(),
  /** Which stores: every one configured, or those of `--region` / `--service`. */
  filter: z.object({ region: z.string().nullable(), service: z.enum(AUDITED_SERVICES).nullable() }),
  stores: z.array(storeVerificationSchema),
  brokenLinks: z.array(brokenLinkSchema),
  seals: z.object({ checked: z.number().int(), problems: z.array(integrityProblemSchema) }),
  awards: z.object({ checked: z.number().int(), problems: z.array(integrityProblemSchema) }),
  events: z.number().int(),
  elapsedMs: z.number(),
  eventsPerSecond: z.number(),
  /** True when no link is broken, every seal matches and every award has its sealed decision (exit status 0). */
  ok: z.boolean(),
});

export type BrokenLink = z.infer<typeof brokenLinkSchema>;
export type IntegrityProblem = z.infer<typeof integrityProblemSchema>;
export type StoreVerification = z.infer<typeof storeVerificationSchema>;
export type Verification = z.infer<typeof verificationSchema>;
