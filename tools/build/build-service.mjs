// `nx build <service>`: compiles one service with tsc into dist/apps/<service>, runnable with plain
// `node dist/apps/<service>/main.js` and the production dependencies (README, "Built services").
//
// tsc rather than esbuild: the services inject by constructor type (`constructor(private readonly
// readModel: CandidateReadModel)`) and @nestjs/swagger reads property types, both through the
// `design:*` metadata only tsc emits (emitDecoratorMetadata). tsc also copies the imported
// référentiel JSON and leaves the ESM-only digitalbazaar stack to Node's own `import()` at runtime.
// What tsc leaves behind are the workspace aliases (`@titrepro/*`): this script rewrites each to a
// relative path inside the bundle, so nothing resolves them at runtime.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const workspaceRoot = join(import.meta.dirname, '..', '..');
const service = process.argv[2];
const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance', 'audit'];
if (!SERVICES.includes(service)) {
  process.stderr.write(`usage: node tools/build/build-service.mjs <${SERVICES.join('|')}>\n`);
  process.exit(2);
}
const outDir = join(workspaceRoot, 'dist', 'apps', service);

rmSync(outDir, { recursive: true, force: true });
// Only what main.ts reaches is compiled (no specs, no test helpers); a type error fails the build.
execFileSync(
  process.execPath,
  [join(workspaceRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join('apps', service, 'tsconfig.app.json'), '--outDir', outDir],
  { cwd: workspaceRoot, stdio: 'inherit' },
);

/** `@titrepro/x` → the compiled file its tsconfig path points at (src/….ts → ….js in outDir). */
const { compilerOptions } = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, join(outDir, target.replace(/\.ts$/, '.js'))]),
);

const jsFiles = (directory) =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });

const unresolved = [];
for (const file of jsFiles(outDir)) {
  const source = readFileSync(file, 'utf8');
  const rewritten = source.replace(/require\("(@titrepro\/[^"]+)"\)/g, (call, alias) => {
    const target = aliases.get(alias);
    if (!target || !existsSync(target)) {
      unresolved.push(`${relative(outDir, file)}: ${alias}`);
      return call;
    }
    const path = relative(dirname(file), target).split(sep).join('/');
    return `require("${path.startsWith('.') ? path : `./${path}`}")`;
  });
  if (rewritten !== source) writeFileSync(file, rewritten);
}
if (unresolved.length > 0) {
  process.stderr.write(`workspace imports the bundle cannot resolve:\n  ${unresolved.join('\n  ')}\n`);
  process.exit(1);
}

// Files a module reads beside itself at runtime (the audit's timeline page): every `assets/` folder
// under the service's src is copied next to its compiled module.
const assetFolders = (directory) =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (!statSync(path).isDirectory()) return [];
    return name === 'assets' ? [path] : assetFolders(path);
  });
for (const folder of assetFolders(join(workspaceRoot, 'apps', service, 'src'))) {
  cpSync(folder, join(outDir, relative(workspaceRoot, folder)), { recursive: true });
}

// The stable entry point: node dist/apps/<service>/main.js.
writeFileSync(join(outDir, 'main.js'), `'use strict';\n// Built by tools/build/build-service.mjs.\nrequire('./apps/${service}/src/main.js');\n`);
process.stdout.write(`built ${relative(workspaceRoot, outDir)}/main.js\n`);
