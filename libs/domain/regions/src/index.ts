export * from './candidate-homes';
export * from './region-trust';
