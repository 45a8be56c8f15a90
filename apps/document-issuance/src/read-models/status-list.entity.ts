import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One revocation list of this region (BitstringStatusList, 131,072 entries), as bits. */
@Entity('status_list')
export class StatusListRow {
  @PrimaryColumn({ type: 'integer' })
  list!: number;

  @Column({ name: 'encoded_list', type: 'text' })
  encodedList!: string;
}
