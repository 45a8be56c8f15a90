export * from './drift';
export * from './reconcile';
export * from './service-parts';
export * from './topic-contents';
