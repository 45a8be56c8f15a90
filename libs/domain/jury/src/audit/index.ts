export * from './rulebook-lookup';
export * from './rerun-decision';
