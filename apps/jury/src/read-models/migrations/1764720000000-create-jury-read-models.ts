import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJuryReadModels1764720000000 implements MigrationInterface {
  name = 'CreateJuryReadModels1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE jury_member_summary (
      member_id text PRIMARY KEY,
      region text NOT NULL,
      title_codes jsonb NOT NULL,
      assessor_id text,
      family_name text,
      given_names text,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE session_summary (
      session_id text PRIMARY KEY,
      region text NOT NULL,
      title_code text NOT NULL,
      kind text NOT NULL,
      date date NOT NULL,
      member_ids jsonb NOT NULL,
      candidate_ids jsonb NOT NULL,
      decided_candidate_ids jsonb NOT NULL,
      sealed_on date,
      minutes_hash text,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX session_summary_date ON session_summary (date, session_id)`);
    await queryRunner.query(`CREATE TABLE held_ccp (
      candidate_id text NOT NULL,
      title_code text NOT NULL,
      ccp_code text NOT NULL,
      obtained_on date NOT NULL,
      decision_id text NOT NULL,
      PRIMARY KEY (candidate_id, title_code, ccp_code)
    )`);
    await queryRunner.query(`CREATE INDEX held_ccp_decision ON held_ccp (candidate_id, decision_id)`);
    await queryRunner.query(`CREATE TABLE closed_capitalisation_window (
      candidate_id text NOT NULL,
      title_code text NOT NULL,
      window_start date NOT NULL,
      PRIMARY KEY (candidate_id, title_code, window_start)
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['closed_capitalisation_window', 'held_ccp', 'session_summary', 'jury_member_summary']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
