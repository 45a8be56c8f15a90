import 'reflect-metadata';
import { runAuditCli } from '@titrepro/audit';

// `npm run audit -- <command>`: see `npm run audit -- --help`.
void runAuditCli(process.argv.slice(2), { stdout: (text) => void process.stdout.write(text), stderr: process.stderr, env: process.env }).then((status) => {
  process.exitCode = status;
});
