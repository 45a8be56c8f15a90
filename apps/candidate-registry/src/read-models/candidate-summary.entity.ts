import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per candidate, for reads and name search. Personal columns are nulled on erasure. */
@Entity('candidate_summary')
export class CandidateSummary {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Column({ name: 'given_names', type: 'text', nullable: true })
  givenNames!: string | null;

  @Column({ name: 'birth_date', type: 'text', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'registered_on', type: 'text' })
  registeredOn!: string;

  @Column({ type: 'boolean', default: false })
  erased!: boolean;

  /** Global position of the last event applied to this row. */
  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
