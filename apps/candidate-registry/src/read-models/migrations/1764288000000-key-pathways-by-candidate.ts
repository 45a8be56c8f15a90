import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pathway ids are unique per candidate only (clients may choose them): key the rows by both. */
export class KeyPathwaysByCandidate1764288000000 implements MigrationInterface {
  name = 'KeyPathwaysByCandidate1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['pathway_status', 'pending_admissibility']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (candidate_id, pathway_id)`);
    }
    // The new primary key leads with candidate_id, which this index served.
    await queryRunner.query(`DROP INDEX pathway_status_candidate`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX pathway_status_candidate ON pathway_status (candidate_id)`);
    for (const table of ['pathway_status', 'pending_admissibility']) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (pathway_id)`);
    }
  }
}
