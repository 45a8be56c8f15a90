export * from './documents';
export * from './poppler';
