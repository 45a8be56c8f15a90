import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry's read models and the projector's checkpoint. */
export class CreateReadModels1732780800000 implements MigrationInterface {
  name = 'CreateReadModels1732780800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE candidate_summary (
      candidate_id text PRIMARY KEY,
      region text NOT NULL,
      family_name text,
      given_names text,
      birth_date text,
      email text,
      registered_on text NOT NULL,
      erased boolean NOT NULL DEFAULT false,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX candidate_summary_family_name ON candidate_summary (lower(family_name))`);
    await queryRunner.query(`CREATE TABLE pathway_status (
      pathway_id text PRIMARY KEY,
      candidate_id text NOT NULL,
      title_code text NOT NULL,
      pathway_type text NOT NULL,
      status text NOT NULL,
      vae_admissibility_status text NOT NULL,
      vae_admissibility_outcome text
    )`);
    await queryRunner.query(`CREATE INDEX pathway_status_candidate ON pathway_status (candidate_id)`);
    await queryRunner.query(`CREATE TABLE pending_admissibility (
      pathway_id text PRIMARY KEY,
      candidate_id text NOT NULL,
      region text NOT NULL,
      title_code text NOT NULL,
      requested_on text NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE projection_checkpoint (projection text PRIMARY KEY, position bigint NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_checkpoint`);
    await queryRunner.query(`DROP TABLE pending_admissibility`);
    await queryRunner.query(`DROP TABLE pathway_status`);
    await queryRunner.query(`DROP TABLE candidate_summary`);
  }
}
