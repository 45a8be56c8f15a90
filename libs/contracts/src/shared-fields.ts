import { z } from 'zod';

/** Opaque id of a candidate (never a name, a social-security number or any other personal datum). */
export const candidateIdField = z.string().min(1).max(100).describe('Opaque id of the candidate; the Kafka key.');

/** An instant, ISO 8601 in UTC (`2024-05-02T09:30:00.000Z`). */
export const instantField = z.iso.datetime();

/** Code of the regional office (e.g. a region's INSEE code, `84`). */
export const regionField = z.string().min(1).max(40).describe('Code of the regional office.');

/** Code of the titre professionnel in the referential, e.g. `TP-00495` (TSGERI). */
export const titleCodeField = z.string().min(1).max(40).describe('Code of the title, e.g. TP-00495.');

/** Id of one pathway of a candidate towards a title. */
export const pathwayIdField = z.string().min(1).max(100).describe('Id of the pathway.');

/** The three ways to a title (rule PATHWAY). */
export const pathwayTypeField = z
  .enum(['continuous-training', 'vae', 'discontinuous-training'])
  .describe('continuous training, VAE, or discontinuous training (CCP by CCP).');

/** Id of the dated rulebook a decision applied, e.g. `seed-2009`. */
export const rulebookIdField = z.string().min(1).max(60);

/** Ids of the rules a decision applied, e.g. `VAE-EXPERIENCE`. */
export const ruleIdsField = z.array(z.string().min(1).max(60));
