import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1764633600000 implements MigrationInterface {
  name = 'CreateReadModels1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE assessor_summary (
      assessor_id text PRIMARY KEY,
      region text NOT NULL,
      kind text NOT NULL,
      specialty_title_code text,
      qualified_title_codes jsonb NOT NULL,
      family_name text,
      given_names text,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE evidence_status (
      candidate_id text NOT NULL,
      pathway_id text NOT NULL,
      title_code text NOT NULL,
      pathway_type text NOT NULL,
      rulebook_id text NOT NULL,
      rule_ids jsonb NOT NULL,
      complete boolean NOT NULL,
      present jsonb NOT NULL,
      missing jsonb NOT NULL,
      updated_position bigint NOT NULL,
      PRIMARY KEY (candidate_id, pathway_id)
    )`);
    await queryRunner.query(`CREATE TABLE assignment (
      assignment_id text PRIMARY KEY,
      candidate_id text NOT NULL,
      pathway_id text NOT NULL,
      assessor_id text NOT NULL,
      scope jsonb NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX assignment_assessor ON assignment (assessor_id, candidate_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE assignment`);
    await queryRunner.query(`DROP TABLE evidence_status`);
    await queryRunner.query(`DROP TABLE assessor_summary`);
  }
}
