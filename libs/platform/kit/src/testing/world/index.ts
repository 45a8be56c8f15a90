export * from './referential';
export * from './registry-identities';
export * from './candidate-scenario';
export * from './taken-in';
export * from './topic-log';
export * from './test-world';
export * from './fast-world';
