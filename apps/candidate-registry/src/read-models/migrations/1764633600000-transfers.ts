import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Transfers are handovers: the offer a home region made, and the files offered to this region. */
export class Transfers1764633600000 implements MigrationInterface {
  name = 'Transfers1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE candidate_summary ADD COLUMN transfer_to text, ADD COLUMN transfer_requested_on text`);
    await queryRunner.query(`CREATE TABLE incoming_transfer (
      candidate_id text PRIMARY KEY,
      from_region text NOT NULL,
      to_region text NOT NULL,
      requested_on text NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'accepted', 'refused', 'received')),
      answered_on text,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX incoming_transfer_open ON incoming_transfer (to_region, status, requested_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE incoming_transfer`);
    await queryRunner.query(`ALTER TABLE candidate_summary DROP COLUMN transfer_to, DROP COLUMN transfer_requested_on`);
  }
}
