/** DI token of the service's event store (a PostgresEventStore on DATABASE_URL, schema `event_store`). */
export const EVENT_STORE = Symbol('EVENT_STORE');
/**
 * DI token of the service's key store (a PostgresKeyStore on KEY_STORE_URL, in the service's own
 * schema there): the subject keys the event store seals personal data under, in another database.
 */
export const KEY_STORE = Symbol('KEY_STORE');
