import { Entity, PrimaryColumn } from 'typeorm';

/** A capitalisation window the file announced closed: the sweep no longer asks about it. */
@Entity('closed_capitalisation_window')
export class ClosedWindowRow {
  @PrimaryColumn({ name: 'candidate_id', type: 'text' })
  candidateId!: string;

  @PrimaryColumn({ name: 'title_code', type: 'text' })
  titleCode!: string;

  @PrimaryColumn({ name: 'window_start', type: 'date' })
  windowStart!: string;
}
