import { tsNodeChildEnvironment } from './child-environment';

describe('tsNodeChildEnvironment', () => {
  it('drops the variables nx, jest and ts-jest set, so a ts-node child compiles as from a shell', () => {
    const parent = {
      PATH: '/usr/bin',
      PGHOST: '127.0.0.1',
      TS_NODE_COMPILER_OPTIONS: '{"moduleResolution":"Node10","module":"commonjs","customConditions":null}',
      TS_NODE_TRANSPILE_ONLY: 'false',
      NODE_OPTIONS: '--require /runner/hook.js',
      JEST_WORKER_ID: '2',
      NX_TASK_TARGET_PROJECT: 'messaging',
      TS_JEST_LOG: 'stdout',
    };
    expect(tsNodeChildEnvironment(parent, '/repo/tsconfig.json', { RELAY_NAME: 'registry' })).toEqual({
      PATH: '/usr/bin',
      PGHOST: '127.0.0.1',
      TS_NODE_PROJECT: '/repo/tsconfig.json',
      RELAY_NAME: 'registry',
    });
  });
});
