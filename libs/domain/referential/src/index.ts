export * from './title';
export * from './title.schema';
export * from './parse-title';
export * from './referential';
export * from './titles';
export * from './competence-codes';
