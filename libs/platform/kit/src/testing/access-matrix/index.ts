export * from './token-source';
export * from './matrix-callers';
export * from './expected-answer';
export * from './run-access-matrix';
export * from './matrix-params';
export * from './operations-routes';
export * from './authorization-doc';
