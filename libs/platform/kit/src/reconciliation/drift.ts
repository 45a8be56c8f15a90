/** What a reconciliation compares, one name per kind of check. */
export type ReconciliationCheck = 'event-store' | 'relay' | 'consumer' | 'projection' | 'documents' | 'dead-letter-topic';

/** One difference between two things that should agree. Never carries personal data: ids, counts, hashes. */
export interface Drift {
  readonly service: string;
  readonly region: string;
  readonly check: ReconciliationCheck;
  /** What it is about: a consumer, a projection's table, a relay, a decision id… */
  readonly subject: string;
  readonly detail: string;
}

/** Something worth printing that is not drift: counts, dead letters waiting for an operator. */
export interface ReconciliationNote {
  readonly service: string;
  readonly region: string;
  readonly check: ReconciliationCheck;
  readonly detail: string;
}

export interface ReconciliationReport {
  readonly drift: readonly Drift[];
  readonly notes: readonly ReconciliationNote[];
}

/** One readable line per drift, e.g. `DRIFT jury/idf consumer jury.idf.registry: 3 messages …`. */
export const driftLine = (drift: Drift): string => `DRIFT ${drift.service}/${drift.region} ${drift.check} ${drift.subject}: ${drift.detail}`;

export const noteLine = (note: ReconciliationNote): string => `  ${note.service}/${note.region} ${note.check}: ${note.detail}`;

/** Collects a service's drift and notes as its checks find them. */
export class Findings {
  readonly drift: Drift[] = [];
  readonly notes: ReconciliationNote[] = [];

  constructor(
    readonly service: string,
    readonly region: string,
  ) {}

  add(check: ReconciliationCheck, subject: string, detail: string): void {
    this.drift.push({ service: this.service, region: this.region, check, subject, detail });
  }

  note(check: ReconciliationCheck, detail: string): void {
    this.notes.push({ service: this.service, region: this.region, check, detail });
  }
}
