// Test helpers (dev dependencies): imported by specs, never by a service.
export * from './validate-openapi';
export * from './probe-service';
