import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIssuanceReadModels1764806400000 implements MigrationInterface {
  name = 'CreateIssuanceReadModels1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE produced_document (
      document_id text PRIMARY KEY,
      candidate_id text NOT NULL,
      kind text NOT NULL,
      credentials jsonb NOT NULL,
      pdf_id text NOT NULL,
      pdf_sha256 text NOT NULL
    )`);
    await queryRunner.query(`CREATE TABLE issued_document (
      document_id text PRIMARY KEY,
      candidate_id text NOT NULL,
      kind text NOT NULL,
      decision_id text NOT NULL,
      title_code text NOT NULL,
      ccs_code text,
      version integer,
      issuer_region text NOT NULL,
      decided_on date NOT NULL,
      issued_on date NOT NULL,
      status_list_index integer NOT NULL,
      status text NOT NULL,
      revoked_on date,
      revocation_reason text,
      erased_on date,
      updated_position bigint NOT NULL
    )`);
    await queryRunner.query(`CREATE INDEX issued_document_candidate ON issued_document (candidate_id, issued_on)`);
    await queryRunner.query(`CREATE TABLE status_list (list integer PRIMARY KEY, encoded_list text NOT NULL)`);
    // Entries of this region's status lists, handed out once each (a gap after a crash is harmless).
    await queryRunner.query(`CREATE SEQUENCE status_list_entry START 0 MINVALUE 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE status_list_entry`);
    for (const table of ['status_list', 'issued_document', 'produced_document']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
