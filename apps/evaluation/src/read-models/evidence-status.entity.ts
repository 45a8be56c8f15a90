import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One piece of evidence, as the completeness lists it: a stable key and a line in fr and en. */
export interface EvidenceLine {
  readonly key: string;
  readonly fr: string;
  readonly en: string;
}

/** Per candidate and pathway: what evidence is present and what is missing under the rulebook in force. */
@Entity('evidence_status')
export class EvidenceStatus {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @PrimaryColumn({ name: 'pathway_id', type: 'text' })
  pathwayId!: string;

  @Column({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @Column({ name: 'pathway_type', type: 'text' })
  pathwayType!: string;

  @Column({ name: 'rulebook_id', type: 'text' })
  rulebookId!: string;

  @Column({ name: 'rule_ids', type: 'jsonb' })
  ruleIds!: string[];

  @Column({ type: 'boolean' })
  complete!: boolean;

  @Column({ type: 'jsonb' })
  present!: EvidenceLine[];

  @Column({ type: 'jsonb' })
  missing!: EvidenceLine[];

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
