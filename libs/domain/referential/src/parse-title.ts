import type { Result } from '@titrepro/domain-kernel';
import { fail, ok } from '@titrepro/domain-kernel';
import type { Title } from './title';
import { titleSchema } from './title.schema';

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** Checks one title data file; the failures name the file and the field. */
export const parseTitle = (raw: unknown, source: string): Result<Title, readonly string[]> => {
  const parsed = titleSchema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  return fail(parsed.error.issues.map((issue) => `${source}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`));
};
