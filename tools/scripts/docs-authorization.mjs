// Regenerates docs/authorization.md's per-service tables from the routes' declarations, as each
// service publishes them (x-titrepro-access): it runs the "declares" test of each service's access
// matrix with UPDATE_AUTHORIZATION_DOC=true. Needs PostgreSQL and Kafka, like those tests.
import { execFileSync } from 'node:child_process';

for (const app of ['candidate-registry', 'evaluation', 'jury', 'document-issuance', 'audit']) {
  execFileSync('npx', ['jest', '-c', `apps/${app}/jest.config.ts`, 'access-matrix', '-t', 'declares who may call'], {
    stdio: 'inherit',
    env: { ...process.env, UPDATE_AUTHORIZATION_DOC: 'true' },
  });
}
