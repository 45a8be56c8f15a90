import { Inject, Injectable } from '@nestjs/common';
import type { PostgresEventStore } from '@titrepro/event-store';
import { candidateSubjectDigest, candidateSubjectPepperOf, openIdIssuersOf, SERVICE_CONFIG, type CandidateSubjectLinks, type ServiceConfig } from '@titrepro/platform-nest';
import { CANDIDATE_SIGN_IN_LINKS_TABLE } from '../event-store/kit-migrations';
import { EVENT_STORE } from '../event-store/event-store.tokens';

/**
 * The service's table of candidates' sign-ins (digest → candidate id), fed by the sign-in links
 * reactor from the registries' CandidateSignInLinked and emptied of a candidate on their erasure.
 * The TokenVerifier reads it (CANDIDATE_SUBJECT_LINKS) to turn a candidates' provider token into
 * that candidate; every service of every region holds the same links, so a candidate reads their
 * file wherever it lives.
 */
@Injectable()
export class CandidateSignInLinks implements CandidateSubjectLinks {
  private readonly pepper: string | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: PostgresEventStore,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.pepper = candidateSubjectPepperOf(config, openIdIssuersOf(config));
  }

  async candidateIdFor(issuer: string, subject: string): Promise<string | undefined> {
    if (!this.pepper) return undefined;
    const { rows } = await this.eventStore.pool.query<{ candidate_id: string }>(
      `SELECT candidate_id FROM ${CANDIDATE_SIGN_IN_LINKS_TABLE} WHERE subject_digest = $1`,
      [candidateSubjectDigest(this.pepper, issuer, subject)],
    );
    return rows[0]?.candidate_id;
  }

  /** Idempotent: a redelivered link changes nothing; a digest stays with the first candidate it was linked to. */
  async record(link: { subjectDigest: string; candidateId: string; linkedAt: string; eventId: string }): Promise<void> {
    await this.eventStore.pool.query(
      `INSERT INTO ${CANDIDATE_SIGN_IN_LINKS_TABLE} (subject_digest, candidate_id, linked_at, learnt_from) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_digest) DO NOTHING`,
      [link.subjectDigest, link.candidateId, link.linkedAt, link.eventId],
    );
  }

  async forget(candidateId: string): Promise<void> {
    await this.eventStore.pool.query(`DELETE FROM ${CANDIDATE_SIGN_IN_LINKS_TABLE} WHERE candidate_id = $1`, [candidateId]);
  }
}
