export * from './openapi-operations';
export * from './hostile-values';
export * from './schema-values';
export * from './fuzz-tokens';
export * from './fuzz-request';
export * from './fuzz-invariants';
export * from './fuzz-service';
export * from './it-survives-generated-requests';
