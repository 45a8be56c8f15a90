import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An assessor's assignment to one evaluation of a candidate: their work list. */
@Entity('assignment')
export class Assignment {
  @PrimaryColumn({ name: 'assignment_id', type: 'text' })
  assignmentId!: string;

  @Column({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @Column({ name: 'pathway_id', type: 'text' })
  pathwayId!: string;

  @Column({ name: 'assessor_id', type: 'text' })
  assessorId!: string;

  @Column({ type: 'jsonb' })
  scope!: Record<string, unknown>;
}
