import nx from '@nx/eslint-plugin';

/** Domain and contracts stay pure: no framework, no infrastructure client. */
const forbiddenInPureLibs = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', '@eventstore/db-client', 'jose', 'pino', 'nestjs-pino'];

/**
 * Platform libs of plain TypeScript (credentials, PDF rendering): any runtime may call them (a
 * service, the audit CLI, a bench), so no framework and no infrastructure client, and they build
 * on the domain libs only.
 */
const forbiddenInPlainLibs = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', '@eventstore/db-client', 'pino', 'nestjs-pino'];

/**
 * Platform libs a CLI calls as well as a service (the audit): they may read stores (event-store,
 * pg) but hold no framework, so neither Nest nor the Nest libs (tagged runtime:nest).
 */
const forbiddenWithoutFramework = ['@nestjs/*', 'nestjs-pino'];

/**
 * Layers (type:*) and bounded contexts (scope:*). Specs may also use the testing lib (real
 * infrastructure helpers); production code may not.
 */
const depConstraints = ({ inSpecs }) => {
  const testing = inSpecs ? ['type:testing'] : [];
  return [
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: forbiddenInPureLibs },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: forbiddenInPureLibs },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', ...testing] },
    { sourceTag: 'runtime:plain', onlyDependOnLibsWithTags: ['type:domain', 'runtime:plain', ...testing], bannedExternalImports: forbiddenInPlainLibs },
    { sourceTag: 'runtime:no-framework', notDependOnLibsWithTags: ['runtime:nest'], bannedExternalImports: forbiddenWithoutFramework },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain'] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', ...testing] },
    { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', 'type:testing'] },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    { sourceTag: 'scope:registry', onlyDependOnLibsWithTags: ['scope:registry', 'scope:shared'] },
    { sourceTag: 'scope:evaluation', onlyDependOnLibsWithTags: ['scope:evaluation', 'scope:shared'] },
    { sourceTag: 'scope:jury', onlyDependOnLibsWithTags: ['scope:jury', 'scope:shared'] },
    { sourceTag: 'scope:issuance', onlyDependOnLibsWithTags: ['scope:issuance', 'scope:shared'] },
    {
      sourceTag: 'scope:audit',
      onlyDependOnLibsWithTags: ['scope:audit', 'scope:registry', 'scope:evaluation', 'scope:jury', 'scope:issuance', 'scope:shared'],
    },
  ];
};

const boundaries = (options) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], depConstraints: depConstraints(options) },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.runtime', '**/.build', '**/*.js', '**/*.mjs'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ inSpecs: false }),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ inSpecs: true }) },
  },
  {
    // Jest configs are build configuration, not code: they reach the preset by path.
    files: ['**/jest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
