import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventStore } from '@titrepro/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENT_STORE } from '../event-store/event-store.tokens';

/** How a service purges a data subject from its read models. */
export interface ErasureDefinition {
  /** Nulls or deletes what the read models hold of the subject's personal data; idempotent. */
  readonly purge: (manager: EntityManager, subjectId: string) => Promise<void>;
}

export const ERASURE_DEFINITION = Symbol('ERASURE_DEFINITION');

/**
 * Erases a data subject from this service: destroys their key (every sealed copy in the event
 * store, its snapshots and the service's sealed documents becomes unreadable), then purges the read
 * models. Keys first, so nothing read after the purge can bring the plaintext back. Idempotent, so
 * the erasure reactor may run it on every redelivery and a retry finishes what a failure left.
 */
@Injectable()
export class ServiceErasure {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ERASURE_DEFINITION) private readonly definition: ErasureDefinition,
  ) {}

  async erase(subjectId: string): Promise<void> {
    await this.store.forgetSubject(subjectId);
    await this.dataSource.transaction((manager) => this.definition.purge(manager, subjectId));
  }
}
