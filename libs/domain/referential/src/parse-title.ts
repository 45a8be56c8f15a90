import type { Result } from '@titrepro/domain-kernel';
import { fail, fieldPath, ok } from '@titrepro/domain-kernel';
import type { Title } from './title';
import { titleSchema } from './title.schema';

/** Checks one title data file; the failures name the file and the field. */
export const parseTitle = (raw: unknown, source: string): Result<Title, readonly string[]> => {
  const parsed = titleSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.map((issue) => `${source}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}`));
};
