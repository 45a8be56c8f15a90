import { createProjectGraphAsync } from '@nx/devkit';
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const workspaceRoot = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

/** Runs the real ESLint CLI on source text as if it stood at `path`; returns module-boundary errors. */
const boundaryErrors = async (path: string, source: string): Promise<string[]> => {
  const output = await new Promise<string>((resolve, reject) => {
    const eslint = execFile(
      process.execPath,
      [join(workspaceRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', path],
      { cwd: workspaceRoot },
      (error, stdout) => (stdout ? resolve(stdout) : reject(error ?? new Error('eslint printed nothing'))),
    );
    eslint.stdin?.end(source);
  });
  const [result] = JSON.parse(output) as { messages: LintMessage[] }[];
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries' && message.severity === 2)
    .map((message) => message.message);
};

describe('module boundaries enforced by lint', () => {
  beforeAll(async () => {
    // The rule reads Nx's cached project graph; without it, it silently skips.
    await createProjectGraphAsync({ exitOnError: true });
  }, 120_000);

  it('fails a domain lib that imports @nestjs/common', async () => {
    const errors = await boundaryErrors(
      'libs/domain/registry/src/forbidden.ts',
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    );
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it.each(['typeorm', 'kafkajs', 'pg'])('fails a domain lib that imports %s', async (banned) => {
    const errors = await boundaryErrors('libs/domain/kernel/src/forbidden.ts', `import * as x from '${banned}';\nexport { x };\n`);
    expect(errors.join('\n')).toContain(banned);
  });

  it('fails a domain lib that imports a platform lib', async () => {
    const errors = await boundaryErrors(
      'libs/domain/registry/src/forbidden.ts',
      "import { handleCommand } from '@titrepro/event-store';\nexport const x = handleCommand;\n",
    );
    expect(errors.join('\n')).toContain('type:domain');
  });

  it('fails one bounded context reaching into another', async () => {
    const errors = await boundaryErrors(
      'apps/jury/src/forbidden.ts',
      "import * as registry from '@titrepro/domain-registry';\nexport { registry };\n",
    );
    expect(errors.join('\n')).toContain('scope:jury');
  });

  it('fails production code that imports the testing lib, and lets specs do it', async () => {
    const source = "import { uniqueName } from '@titrepro/testing';\nexport const x = uniqueName;\n";
    expect(await boundaryErrors('libs/platform/nest/src/forbidden.ts', source)).not.toEqual([]);
    expect(await boundaryErrors('libs/platform/nest/src/allowed.int.spec.ts', source)).toEqual([]);
  });

  it.each(['libs/credentials/src/forbidden.ts', 'libs/documents/pdf/src/forbidden.ts'])('fails %s importing Nest: credentials and PDF rendering stay plain TypeScript', async (path) => {
    const errors = await boundaryErrors(path, "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n");
    expect(errors.join('\n')).toMatch(/@nestjs\/common/);
  });

  it('fails the PDF lib reaching a platform lib with infrastructure, and lets it use the domain libs', async () => {
    expect((await boundaryErrors('libs/documents/pdf/src/forbidden.ts', "import { EVENT_STORE } from '@titrepro/service-kit';\nexport const x = EVENT_STORE;\n")).join('\n')).toContain('runtime:plain');
    expect(await boundaryErrors('libs/documents/pdf/src/allowed.ts', "import { isCalendarDate } from '@titrepro/domain-kernel';\nexport const x = isCalendarDate;\n")).toEqual([]);
  });

  it('fails the audit lib importing Nest or a Nest lib, and lets it read the event stores', async () => {
    expect((await boundaryErrors('libs/platform/audit/src/forbidden.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n")).join('\n')).toMatch(/@nestjs\/common/);
    expect((await boundaryErrors('libs/platform/audit/src/forbidden.ts', "import { SERVICE_CONFIG } from '@titrepro/platform-nest';\nexport const x = SERVICE_CONFIG;\n")).join('\n')).toContain('runtime:nest');
    expect(await boundaryErrors('libs/platform/audit/src/allowed.ts', "import { ChainVerifier } from '@titrepro/event-store';\nexport const x = ChainVerifier;\n")).toEqual([]);
  });

  it('lets a domain lib import another domain lib', async () => {
    const errors = await boundaryErrors(
      'libs/domain/registry/src/allowed.ts',
      "import { ok } from '@titrepro/domain-kernel';\nexport const x = ok;\n",
    );
    expect(errors).toEqual([]);
  });
});
