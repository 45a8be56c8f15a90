import { z } from 'zod';
import { plainTextProblem } from './plain-text';

const checked = (multiline: boolean) => (value: string, context: z.RefinementCtx) => {
  const problem = plainTextProblem(value, { multiline });
  if (problem) context.addIssue({ code: 'custom', message: problem });
};

/** A non-empty line of text a person typed, trimmed, of at most `maxLength` characters. */
export const singleLineText = (maxLength: number) =>
  z.string().trim().min(1, { message: 'must not be empty' }).max(maxLength).superRefine(checked(false));

/** Free text of several lines (a reason, a comment), trimmed. */
export const multilineText = (maxLength: number) =>
  z.string().trim().min(1, { message: 'must not be empty' }).max(maxLength).superRefine(checked(true));
