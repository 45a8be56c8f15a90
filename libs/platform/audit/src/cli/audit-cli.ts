import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { AUDITED_SERVICES, parseAuditedStores, type AuditedService } from '../config/audited-stores-config';
import { asOfInstant, candidateHistory } from '../history/candidate-history';
import { candidateReplay } from '../replay/candidate-replay';
import { AuditedStores } from '../stores/audited-stores';
import { verifyStores } from '../verify/verification';
import { candidateAuditFile } from '../export/audit-file';
import { renderAuditPdf } from '../export/audit-pdf';
import { renderHistory, renderReplay, renderVerification } from './render';
import { progressBar } from './progress';

/** Where the CLI writes and how it ends: a test passes its own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: NodeJS.WriteStream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The stores from `--stores <file>`, else AUDIT_STORES (JSON) or AUDIT_STORES_FILE. */
const storesFrom = (file: string | undefined, env: CliIo['env']): ReturnType<typeof parseAuditedStores> => {
  if (file) return parseAuditedStores(readFileSync(file, 'utf8'));
  if (env['AUDIT_STORES']) return parseAuditedStores(env['AUDIT_STORES']);
  if (env['AUDIT_STORES_FILE']) return parseAuditedStores(readFileSync(env['AUDIT_STORES_FILE'], 'utf8'));
  throw new InvalidArgumentError('no stores to audit: give --stores <file>, or set AUDIT_STORES or AUDIT_STORES_FILE (README, "Audit")');
};

const asOfOption = (value: string): string => {
  try {
    asOfInstant(value);
    return value;
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

/**
 * `audit <command>`: history, replay, verify and export, on the stores configured. Resolves with the
 * exit status: 0, or 1 when replay flags a decision or verify finds a break.
 */
export const runAuditCli = async (argv: readonly string[], io: CliIo): Promise<number> => {
  let status = 0;
  const withStores = async (file: string | undefined, run: (stores: AuditedStores) => Promise<void>) => {
    const stores = await AuditedStores.open(storesFrom(file, io.env), { applicationName: 'audit-cli' });
    try {
      await run(stores);
    } finally {
      await stores.close();
    }
  };
  const program = new Command('audit')
    .description("titrepro's audit: candidates' histories, decisions replayed, stores verified; read-only")
    .option('--stores <file>', 'JSON list of {region, service, url} (default: AUDIT_STORES or AUDIT_STORES_FILE)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr.write(text) });

  program
    .command('history <candidateId>')
    .description("the candidate's whole history across the services and regions, in order of occurrence")
    .option('--as-of <date>', 'the history and state as they stood on that date (YYYY-MM-DD, end of day UTC, or an instant)', asOfOption)
    .option('--json', 'the JSON model (same as GET /candidates/:id/history)')
    .action(async (candidateId: string, options: { asOf?: string; json?: boolean }) =>
      withStores(program.opts<{ stores?: string }>().stores, async (stores) => {
        const history = await candidateHistory(stores, candidateId, { asOf: options.asOf ?? null });
        io.stdout(options.json ? `${JSON.stringify(history, null, 2)}\n` : renderHistory(history));
        if (history.entries.length === 0) status = 1;
      }),
    );

  program
    .command('replay <candidateId>')
    .description('every decision about the candidate: facts re-derived from the cited streams, rules re-run; exit 1 when one is flagged')
    .option('--json', 'the JSON model (same as GET /candidates/:id/replay)')
    .action(async (candidateId: string, options: { json?: boolean }) =>
      withStores(program.opts<{ stores?: string }>().stores, async (stores) => {
        const replay = await candidateReplay(stores, candidateId);
        io.stdout(options.json ? `${JSON.stringify(replay, null, 2)}\n` : renderReplay(replay));
        if (!replay.ok) status = 1;
      }),
    );

  program
    .command('verify')
    .description("every hash chain of every stream, the minutes' seals, every award against a sealed decision; exit 1 on any break")
    .option('--region <region>', 'only the stores of this region')
    .addOption(new Option('--service <service>', 'only the stores of this service').choices(AUDITED_SERVICES))
    .option('--json', 'the JSON model (same as GET /verify)')
    .action(async (options: { region?: string; service?: AuditedService; json?: boolean }) =>
      withStores(program.opts<{ stores?: string }>().stores, async (stores) => {
        const verification = await verifyStores(stores, { region: options.region ?? null, service: options.service ?? null, onProgress: progressBar(io.stderr) });
        io.stdout(options.json ? `${JSON.stringify(verification, null, 2)}\n` : renderVerification(verification));
        if (!verification.ok) status = 1;
      }),
    );

  program
    .command('export <candidateId>')
    .description("the candidate's audit file: history, replay verdicts and verification")
    .addOption(new Option('--format <format>', 'json, or pdf (PDF/A)').choices(['json', 'pdf']).default('json'))
    .option('--out <file>', 'write it there (default: stdout for json, <candidateId>-audit.pdf for pdf)')
    .action(async (candidateId: string, options: { format: 'json' | 'pdf'; out?: string }) =>
      withStores(program.opts<{ stores?: string }>().stores, async (stores) => {
        const file = await candidateAuditFile(stores, candidateId);
        if (options.format === 'json') {
          const text = `${JSON.stringify(file, null, 2)}\n`;
          if (options.out) writeFileSync(options.out, text);
          else io.stdout(text);
        } else {
          const out = options.out ?? `${candidateId}-audit.pdf`;
          writeFileSync(out, await renderAuditPdf(file));
          io.stderr.write(`wrote ${out}\n`);
        }
        if (!file.replay.ok || !file.verification.ok) status = 1;
      }),
    );

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number; code?: string }).exitCode;
    if (code !== undefined) return (error as { code?: string }).code === 'commander.helpDisplayed' || (error as { code?: string }).code === 'commander.version' ? 0 : 2;
    io.stderr.write(`audit: ${(error as Error).message}\n`);
    return 2;
  }
  return status;
};
