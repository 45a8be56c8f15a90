export * from './sql-forger';
