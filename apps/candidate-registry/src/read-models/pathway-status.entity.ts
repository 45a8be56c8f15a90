import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where each pathway stands, VAE admissibility included. */
@Entity('pathway_status')
export class PathwayStatus {
  /** Keyed by candidate too: pathway ids may be chosen by clients, so two candidates can share one. */
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @PrimaryColumn({ name: 'pathway_id', type: 'text' })
  pathwayId!: string;

  @Column({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @Column({ name: 'pathway_type', type: 'text' })
  pathwayType!: string;

  @Column({ type: 'text' })
  status!: string;

  /** not-requested | requested | decided */
  @Column({ name: 'vae_admissibility_status', type: 'text' })
  vaeAdmissibilityStatus!: string;

  @Column({ name: 'vae_admissibility_outcome', type: 'text', nullable: true })
  vaeAdmissibilityOutcome!: string | null;
}
