import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file another region offered this one: the officers' list of transfers to answer. */
@Entity('incoming_transfer')
export class IncomingTransfer {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @Column({ name: 'from_region', type: 'text' })
  fromRegion!: string;

  @Column({ name: 'to_region', type: 'text' })
  toRegion!: string;

  @Column({ name: 'requested_on', type: 'text' })
  requestedOn!: string;

  @Column({ type: 'text' })
  status!: 'open' | 'accepted' | 'refused' | 'received';

  @Column({ name: 'answered_on', type: 'text', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'updated_position', type: 'bigint' })
  updatedPosition!: string;
}
