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

/** Code of a CCP (certificat de compétences professionnelles) of the title, e.g. `CCP1`. */
export const ccpCodeField = z.string().min(1).max(40).describe('Code of the CCP in the title, e.g. CCP1.');

/** Code of a CCS (certificat complémentaire de spécialisation) of the title, e.g. `CCS1`. */
export const ccsCodeField = z.string().min(1).max(40).describe('Code of the CCS in the title, e.g. CCS1.');

/** Opaque id of a person acting on the file (assessor, trainer, jury member): never their name. */
export const personIdField = z.string().min(1).max(100).describe('Opaque id of a person (assessor, trainer); never a name.');

/** A calendar date, ISO 8601 without time or zone (`2024-05-02`): the day something took place. */
export const calendarDateField = z.iso.date();

/** SHA-256 of a document's bytes, lower-case hex: lets a reader check the copy it fetches. */
export const sha256Field = z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the document bytes, lower-case hex.');
