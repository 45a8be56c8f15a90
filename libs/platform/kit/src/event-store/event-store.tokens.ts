/** DI token of the service's event store (a PostgresEventStore on DATABASE_URL, schema `event_store`). */
export const EVENT_STORE = Symbol('EVENT_STORE');
