/**
 * Variables a test runner sets for its own compilation: nx's jest executor writes
 * TS_NODE_COMPILER_OPTIONS (moduleResolution Node10, which TypeScript 6 rejects with TS5107), jest and
 * ts-jest add their own, and NODE_OPTIONS may preload a runner's hooks. A child process started
 * with `-r ts-node/register` must compile as it would from a shell, whoever started the tests.
 */
const RUNNER_VARIABLE = /^(TS_NODE_|TS_JEST|JEST_|NX_)/;
const RUNNER_VARIABLES = new Set(['NODE_OPTIONS', 'JEST_WORKER_ID', 'TS_JEST_LOG']);

/** Whether a variable belongs to the test runner rather than to the machine. */
export const isTestRunnerVariable = (name: string): boolean => RUNNER_VARIABLE.test(name) || RUNNER_VARIABLES.has(name);

/**
 * The environment of a ts-node child process: the parent's, without the test runner's variables,
 * with `TS_NODE_PROJECT` pinned to the workspace's tsconfig, plus the child's own settings.
 */
export const tsNodeChildEnvironment = (
  parent: NodeJS.ProcessEnv,
  tsconfig: string,
  settings: Readonly<Record<string, string>>,
): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(parent).filter(([name]) => !isTestRunnerVariable(name))),
  TS_NODE_PROJECT: tsconfig,
  ...settings,
});
