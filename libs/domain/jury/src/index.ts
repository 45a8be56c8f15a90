export * from './shared/dependencies';
export * from './shared/decision';
export * from './shared/jury-member-facts';
export * from './shared/candidate-file-facts';
export * from './jury-member';
export * from './candidate-file';
export * from './session';
export * from './audit';
