import { z } from 'zod';

// Codes of the référentiel as command input names them, shared by every issuance command.

/** A title code as the référentiel names it. */
export const titleCode = z.string().regex(/^TP-\d{5}$/, { message: 'must be a title code such as TP-00495' });

/** A CCP or CCS code as the référentiel names it (`CCP1`, `CCS-RESEAU`). */
export const certificateCode = z
  .string()
  .max(32)
  .regex(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'must be upper-case letters, digits and dashes, such as CCP1' });

/** True when no value appears twice. */
export const allDistinct = (values: readonly string[]): boolean => new Set(values).size === values.length;

/** CCP codes of one decision: each once. */
export const ccpCodeList = z.array(certificateCode).max(50).refine(allDistinct, { message: 'must not name a CCP twice' });

/** At least one CCP code, each once. */
export const someCcpCodes = ccpCodeList.refine((codes) => codes.length > 0, { message: 'must hold at least one CCP code' });

/** A position in the issuing region's status list (the app allocates it, one per document). */
export const statusListIndex = z.number().int().min(0).max(2_147_483_647);
