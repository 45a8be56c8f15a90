import type { EventStore } from '../port/event-store';

/** The store with some methods replaced; every other call goes to the real store. */
export const spyOn = (store: EventStore, overrides: Partial<EventStore>): EventStore =>
  new Proxy(store, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof EventStore];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
