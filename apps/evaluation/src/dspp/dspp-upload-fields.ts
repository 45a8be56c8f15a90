import { certificateCode } from '@titrepro/domain-evaluation';
import { plainTextProblem, type DomainError } from '@titrepro/domain-kernel';
import { DomainErrorException, RequestValidationException } from '@titrepro/platform-nest';
import type { UploadedDocument } from './dspp-upload.interceptor';

/** A multipart field's name as an error may quote it: escaped and bounded, since a client may send any bytes. */
const fieldLabel = (name: string): string => JSON.stringify(name.slice(0, 64)).slice(1, -1);

/**
 * What a DSPP upload may hold: one file per CCP code, each named by it, and nothing else. A text
 * field (a `candidateId`, say) or a file under another name is refused, naming it, rather than
 * ignored; so is a file name with control or bidirectional characters (it is shown to officers).
 */
export const checkDsppUpload = (textFields: unknown, files: readonly UploadedDocument[]): void => {
  const errors: { field: string; message: string }[] = [];
  for (const name of Object.keys(typeof textFields === 'object' && textFields !== null ? textFields : {})) {
    errors.push({ field: fieldLabel(name), message: 'is not a field of this upload: send one file per CCP code, and nothing else' });
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (!certificateCode.safeParse(file.fieldname).success) {
      errors.push({ field: fieldLabel(file.fieldname), message: 'is not a field of this upload: each file is named by the CCP code it is for, such as CCP1' });
      continue;
    }
    if (seen.has(file.fieldname)) errors.push({ field: file.fieldname, message: 'holds two files; one per activité type' });
    seen.add(file.fieldname);
    const problem = plainTextProblem(file.originalname);
    if (problem) errors.push({ field: file.fieldname, message: `its file name ${problem}` });
  }
  if (files.length === 0 && errors.length === 0) errors.push({ field: 'body', message: 'must hold one file per activité type, each named by its CCP code' });
  if (errors.length > 0) throw new RequestValidationException(errors);
};

/** The decider names `documents[i].ccpCode`; the client sent a multipart field: name that one instead. */
export const inUploadTerms = (error: unknown, files: readonly UploadedDocument[]): unknown => {
  if (!(error instanceof DomainErrorException) || error.error.kind !== 'invalid-input') return error;
  const match = /^documents(?:\[(\d+)\](?:\..*)?)?$/.exec(error.error.field);
  if (!match) return error;
  const file = match[1] === undefined ? undefined : files[Number(match[1])];
  const renamed: DomainError = { ...error.error, field: file ? file.fieldname : 'body' };
  return new DomainErrorException(renamed);
};
