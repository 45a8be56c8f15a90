import { Column, Entity, PrimaryColumn } from 'typeorm';

/** VAE admissibility requests awaiting the office's decision (the officer's work list). */
@Entity('pending_admissibility')
export class PendingAdmissibility {
  /** Keyed by candidate too: pathway ids may be chosen by clients, so two candidates can share one. */
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @PrimaryColumn({ name: 'pathway_id', type: 'text' })
  pathwayId!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @Column({ name: 'requested_on', type: 'text' })
  requestedOn!: string;
}
