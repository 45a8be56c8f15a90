import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per candidate, for reads and name search. Personal columns are nulled on erasure. */
@Entity('candidate_summary')
export class CandidateSummary {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  /** The home region: once another region holds the file, this region's copy keeps no identity. */
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

  /** The region the home region offered the file to, until it answers. */
  @Column({ name: 'transfer_to', type: 'text', nullable: true })
  transferTo!: string | null;

  @Column({ name: 'transfer_requested_on', type: 'text', nullable: true })
  transferRequestedOn!: string | null;

  /** Global position of the last event applied to this row. */
  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
