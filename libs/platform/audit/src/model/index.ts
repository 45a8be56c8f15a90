export * from './history.model';
export * from './replay.model';
export * from './verify.model';
