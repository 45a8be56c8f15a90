// The audit, as plain TypeScript any runtime may call (the audit service, its CLI, a bench): read
// every audited event store, a candidate's history, every decision replayed, chains, seals and
// awards verified, the audit file exported. The service's routes and module stay in apps/audit.
export { AUDITED_SERVICES, auditedStoreSchema, auditedStoresSchema, parseAuditedStores, type AuditedService, type AuditedStoreConfig } from './config/audited-stores-config';
export { AuditedStores, type AuditedStore } from './stores/audited-stores';
export { asOfInstant, candidateHistory } from './history/candidate-history';
export { candidateReplay } from './replay/candidate-replay';
export { verifyStores, type VerifyOptions } from './verify/verification';
export { auditFileSchema, candidateAuditFile, type AuditFile } from './export/audit-file';
export { AUDIT_ATTACHMENT, renderAuditPdf } from './export/audit-pdf';
export { runAuditCli, type CliIo } from './cli/audit-cli';
export * from './model';
