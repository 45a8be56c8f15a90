export * from './infrastructure-settings';
export * from './unique-name';
export * from './test-database';
export * from './private-kafka-broker';
export * from './wait-for';
export * from './free-port';
export * from './openid-flows';
export * from './local-openid-provider';
