import { getJestProjectsAsync } from '@nx/jest';
import type { Config } from 'jest';

// One run over every project, so `npm test` ends with a single summary. Global options (such as the
// timeout) are read here only, not from the projects' configs.
export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  testTimeout: 60_000,
});
