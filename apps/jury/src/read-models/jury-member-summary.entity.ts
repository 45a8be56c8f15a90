import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The officers' list of jury members, names in clear (read from the sealed event; REDACTED once erased). */
@Entity('jury_member_summary')
export class JuryMemberSummary {
  @PrimaryColumn({ name: 'member_id', type: 'text' })
  memberId!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'title_codes', type: 'jsonb' })
  titleCodes!: string[];

  @Column({ name: 'assessor_id', type: 'text', nullable: true })
  assessorId!: string | null;

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Column({ name: 'given_names', type: 'text', nullable: true })
  givenNames!: string | null;

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
