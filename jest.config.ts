import { getJestProjectsAsync } from '@nx/jest';
import type { Config } from 'jest';

// One run over every project, so `npm test` ends with a single summary.
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
});
