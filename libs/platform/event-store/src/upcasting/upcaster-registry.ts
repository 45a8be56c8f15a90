import type { EventMetadata } from '../port/event-metadata';
import type { EventData } from '../port/events';

/** A pure function from one schema version of an event's data to the next (version + 1). */
export type Upcaster = (data: EventData, metadata: EventMetadata) => EventData;

/** What an upcast produces: the data in the newest schema version known for the type. */
export interface Upcast {
  readonly schemaVersion: number;
  readonly data: EventData;
}

/**
 * Upcasters per (type, fromVersion). On read, an event stored at version n goes through n→n+1,
 * n+1→n+2, … until no upcaster is registered. Stored events are never rewritten.
 */
export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Upcaster>();

  /** Registers the step from `fromVersion` to `fromVersion + 1` of `type`. */
  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    const key = keyOf(type, fromVersion);
    if (this.upcasters.has(key)) throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    this.upcasters.set(key, upcaster);
    return this;
  }

  get isEmpty(): boolean {
    return this.upcasters.size === 0;
  }

  upcast(type: string, schemaVersion: number, data: EventData, metadata: EventMetadata): Upcast {
    let version = schemaVersion;
    let current = data;
    for (let step = this.upcasters.get(keyOf(type, version)); step; step = this.upcasters.get(keyOf(type, version))) {
      current = step(current, metadata);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}

const keyOf = (type: string, version: number): string => `${version}\u0000${type}`;
