export * from './decider';
export * from './result';
export * from './domain-error';
export * from './decision-trace';
export * from './calendar-date';
export * from './decider-spec';
export * from './field-path';
