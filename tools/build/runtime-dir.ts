import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const workspaceRoot = join(__dirname, '..', '..');

interface LockedPackage {
  readonly dev?: boolean;
  readonly devOptional?: boolean;
}

/**
 * The top-level packages `npm ci --omit=dev` installs: those package-lock.json does not mark dev
 * (nor devOptional: needed only by a dev dependency's optional peer). Nested copies come with their parent.
 */
export const productionPackages = (): string[] => {
  const lock = JSON.parse(readFileSync(join(workspaceRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev && !entry.devOptional)
    .map(([path]) => path.slice('node_modules/'.length));
};

/**
 * A directory laid out as the image's runtime stage: the service's bundle and the production
 * dependencies only (hard links into the workspace's node_modules, so it costs no copy), outside
 * the workspace so that nothing resolves from the workspace's full node_modules by walking up.
 */
export const runtimeDirectory = (service: string): string => {
  const root = mkdtempSync(join(tmpdir(), `titrepro-runtime-${service}-`));
  const installed = realpathSync(join(workspaceRoot, 'node_modules'));
  for (const name of productionPackages()) {
    const target = join(root, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    execFileSync('cp', ['-al', join(installed, name), target]);
  }
  cpSync(join(workspaceRoot, 'dist', 'apps', service), join(root, 'dist', 'apps', service), { recursive: true });
  return root;
};
