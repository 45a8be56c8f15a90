import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a projection resumes: the global position of the last event it applied. */
@Entity('projection_checkpoint')
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'text' })
  projection!: string;

  @Column({ type: 'bigint' })
  position!: string;
}
