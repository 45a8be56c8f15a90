// `node tools/scripts/generic-code-share.mjs [--max 40] [--files] [--root <checkout>]`: how much of each app is generic
// code. An app should hold only its routes, its projections (read models and their `apply`), its
// contract mappings, its consumers and its module declaration (ARCHITECTURE.md, "What a service app
// holds"); every other line is counted as generic: code the platform or a lib could hold.
// Counts non-blank, non-comment lines of production TypeScript (no specs, no testing worlds).
// Exits 1 when an app is above --max percent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const args = process.argv.slice(2);
// --root <dir>: another checkout, e.g. an older commit's `git archive` (to compare before and after).
const root = args.includes('--root') ? args[args.indexOf('--root') + 1] : join(import.meta.dirname, '..', '..');
const max = Number(args[args.indexOf('--max') + 1] ?? 40) || 40;
const listFiles = args.includes('--files');

/** What an app is meant to hold, by file role; the first that matches names the file's kind. */
const KINDS = [
  // A route is its controller, its access declarations (scopes, roles) and the views it answers.
  ['route', (path) => /\.controller\.ts$/.test(path) || /-(scopes?|roles|views?|responses)\.ts$/.test(path)],
  ['projection', (path) => /(^|\/)read-models\//.test(path) || /\.projection\.ts$/.test(path)],
  ['contract mapping', (path) => /\.mapper\.ts$/.test(path) || /(^|\/)relay\//.test(path)],
  ['consumer', (path) => /(^|\/)consumers\//.test(path) || /\.consumer\.ts$/.test(path)],
  // The module declaration: its Nest modules, its entry points (main.ts, the CLI's cli.ts), its
  // definition and configuration.
  ['module', (path) => /\.module\.ts$/.test(path) || /(^|\/)(main|cli|service\.definition|[a-z-]+-aggregates)\.ts$/.test(path) || /(^|\/)config\//.test(path)],
];

const sourceFiles = (directory) =>
  readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'testing' || name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) && !/\.spec-support\.ts$/.test(name) ? [path] : [];
  });

/** Lines that say something: neither blank nor only a comment. */
const codeLines = (text) => {
  let inBlock = false;
  let count = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.includes('*/')) inBlock = false;
      continue;
    }
    if (line === '' || line.startsWith('//')) continue;
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inBlock = true;
      continue;
    }
    count += 1;
  }
  return count;
};

const apps = readdirSync(join(root, 'apps')).filter((name) => statSync(join(root, 'apps', name, 'src'), { throwIfNoEntry: false })?.isDirectory());
const rows = [];
let failed = false;
for (const app of apps) {
  const src = join(root, 'apps', app, 'src');
  const byKind = new Map(KINDS.map(([kind]) => [kind, 0]));
  byKind.set('generic', 0);
  const generic = [];
  for (const file of sourceFiles(src)) {
    const path = relative(src, file).split(sep).join('/');
    const lines = codeLines(readFileSync(file, 'utf8'));
    const kind = KINDS.find(([, matches]) => matches(path))?.[0] ?? 'generic';
    byKind.set(kind, byKind.get(kind) + lines);
    if (kind === 'generic') generic.push([path, lines]);
  }
  const total = [...byKind.values()].reduce((sum, lines) => sum + lines, 0);
  const share = total === 0 ? 0 : (100 * byKind.get('generic')) / total;
  if (share > max) failed = true;
  rows.push({ app, total, ...Object.fromEntries(byKind), 'generic %': share.toFixed(1) });
  if (listFiles) for (const [path, lines] of generic.sort((a, b) => b[1] - a[1])) process.stdout.write(`${app}\tgeneric\t${lines}\t${path}\n`);
}
console.table(rows);
process.stdout.write(`generic code: at most ${max}% per app — ${failed ? 'EXCEEDED' : 'ok'}\n`);
process.exit(failed ? 1 : 0);
