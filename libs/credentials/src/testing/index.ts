export * from './main-realm-fetch';
export * from './offline-issuer-web';
export * from './test-issuers';
