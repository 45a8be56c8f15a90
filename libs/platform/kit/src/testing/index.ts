export * from './start-service';
export * from './service-basics.spec-support';
export * from './dump-database';
export * from './contract-publisher';
export * from './until-home-learnt';
export * from './fuzz';
export * from './consumer-fuzz';
export * from './access-matrix';
