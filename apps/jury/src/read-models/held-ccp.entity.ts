import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every CCP a candidate holds, from the juries of every region: where the hourly sweep looks for
 * capitalisation windows that may have run out (the candidate's file decides).
 */
@Entity('held_ccp')
export class HeldCcpRow {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @PrimaryColumn({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @PrimaryColumn({ name: 'ccp_code', type: 'text' })
  ccpCode!: string;

  @Column({ name: 'obtained_on', type: 'date' })
  obtainedOn!: string;

  @Column({ name: 'decision_id', type: 'text' })
  decisionId!: string;
}
