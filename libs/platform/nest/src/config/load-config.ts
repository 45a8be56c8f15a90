import { z } from 'zod';

/** A start-up failure that names every missing or malformed variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export const loadConfig = <Schema extends z.ZodType>(
  schema: Schema,
  environment: Record<string, string | undefined> = process.env,
): z.output<Schema> => {
  const parsed = schema.safeParse(environment);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      // A rule between variables (code custom) explains itself, also about a variable left unset.
      return environment[variable] === undefined && issue.code !== 'custom' ? `${variable} is missing` : `${variable} ${issue.message}`;
    }),
  );
};
