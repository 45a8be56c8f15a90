import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as ts from 'typescript';
import { productionPackages, workspaceRoot } from './runtime-dir';

/**
 * The image's runtime stage installs `dependencies` only (npm ci --omit=dev): every package a
 * built service loads must be there. Read from what tsc emits for the files main.ts reaches
 * (type-only imports vanish), including the modules loaded by name at runtime: the ESM
 * credential stack (`importNative('…')`) and the fonts (`require.resolve('…')`).
 */
const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'];
const manifest = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * The workspace files tsc compiles for a service: those its main.ts reaches, followed import by import
 * with tsc's own module resolution (the workspace aliases included). A walk rather than a program:
 * it parses no declaration file of node_modules, which is what makes a program slow.
 */
const filesOf = (service: string): string[] => {
  const configFile = join(workspaceRoot, 'apps', service, 'tsconfig.app.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile) as { config: unknown };
  const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile));
  const reached = new Set<string>(fileNames);
  for (const file of reached) {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && !resolved.includes('/node_modules/') && /(?<!\.d)\.ts$/.test(resolved)) reached.add(resolved);
    }
  }
  return [...reached];
};

const LOADED_BY_NAME = [/\brequire\("([^".][^"]*)"\)/g, /\bimportNative(?:<[^>]*>)?\('([^'.][^']*)'\)/g, /\brequire\.resolve\('([^'.][^']*)'\)/g, /^\s*'(@digitalbazaar\/[^']+|@digitalcredentials\/[^']+|did-context)',/gm];

/** The libs are shared by the four services: each file is transpiled once. */
const emittedByFile = new Map<string, string>();
const emitted = (file: string, source: string): string => {
  let output = emittedByFile.get(file);
  if (output === undefined) {
    output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, experimentalDecorators: true, emitDecoratorMetadata: true, esModuleInterop: true } }).outputText;
    emittedByFile.set(file, output);
  }
  return output;
};

/** Packages the emitted JavaScript of a service loads, with a file that loads each. */
const packagesLoadedBy = (service: string): Map<string, string> => {
  const loaded = new Map<string, string>();
  for (const file of filesOf(service)) {
    const source = readFileSync(file, 'utf8');
    const outputText = emitted(file, source);
    for (const pattern of LOADED_BY_NAME) {
      for (const [, specifier = ''] of `${outputText}\n${source}`.matchAll(pattern)) {
        if (specifier.startsWith('@titrepro/') || isBuiltin(specifier)) continue;
        if (!loaded.has(packageOf(specifier))) loaded.set(packageOf(specifier), relative(workspaceRoot, file));
      }
    }
  }
  return loaded;
};

describe('the production dependencies of the built services', () => {
  it.each(SERVICES)('lists every package %s loads at runtime under dependencies, not devDependencies', (service) => {
    const loaded = packagesLoadedBy(service);
    expect(loaded.has('@nestjs/core')).toBe(true);
    const missing = [...loaded].filter(([name]) => !(name in manifest.dependencies)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });

  it('installs no TypeScript tooling with them: the runtime needs neither ts-node, typescript nor tsconfig-paths', () => {
    const installed = productionPackages();
    expect(installed).toEqual(expect.arrayContaining(Object.keys(manifest.dependencies)));
    for (const tool of ['ts-node', 'typescript', 'tsconfig-paths']) expect(installed).not.toContain(tool);
  });
});
