export * from './fuzz-settings';
export * from './fuzz-messages';
export * from './valid-events';
export * from './run-consumer-fuzz';
