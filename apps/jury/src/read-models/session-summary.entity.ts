import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One line per validation session of the region, for the officers' and auditors' lists. */
@Entity('session_summary')
export class SessionSummary {
  @PrimaryColumn({ name: 'session_id', type: 'text' })
  sessionId!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'member_ids', type: 'jsonb' })
  memberIds!: string[];

  @Column({ name: 'candidate_ids', type: 'jsonb' })
  candidateIds!: string[];

  @Column({ name: 'decided_candidate_ids', type: 'jsonb' })
  decidedCandidateIds!: string[];

  @Column({ name: 'sealed_on', type: 'date', nullable: true })
  sealedOn!: string | null;

  @Column({ name: 'minutes_hash', type: 'text', nullable: true })
  minutesHash!: string | null;

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
