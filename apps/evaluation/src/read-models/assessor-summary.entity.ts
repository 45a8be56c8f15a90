import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per assessor of the region, for officers' lists. Names are the assessor's personal data. */
@Entity('assessor_summary')
export class AssessorSummary {
  @PrimaryColumn({ name: 'assessor_id', type: 'text' })
  assessorId!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'specialty_title_code', type: 'text', nullable: true })
  specialtyTitleCode!: string | null;

  @Column({ name: 'qualified_title_codes', type: 'jsonb' })
  qualifiedTitleCodes!: string[];

  @Column({ name: 'family_name', type: 'text', nullable: true })
  familyName!: string | null;

  @Column({ name: 'given_names', type: 'text', nullable: true })
  givenNames!: string | null;

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
