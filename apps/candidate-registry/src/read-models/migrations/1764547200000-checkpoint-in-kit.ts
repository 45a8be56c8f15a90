import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection's checkpoint moved to the kit's table (service_kit.projection_checkpoints). The old
 * one is dropped rather than carried over: migrations may run before the kit's schema exists, and
 * without a checkpoint the projection replays the log once over its own rows, which its upserts make
 * harmless.
 */
export class CheckpointInKit1764547200000 implements MigrationInterface {
  name = 'CheckpointInKit1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS projection_checkpoint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE projection_checkpoint (projection text PRIMARY KEY, position bigint NOT NULL)`);
  }
}
