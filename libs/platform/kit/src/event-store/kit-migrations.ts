import type { SqlMigration } from '@titrepro/event-store';

/** PostgreSQL schema of the kit's own tables, in each service's database. */
export const KIT_SCHEMA = 'service_kit';

export const IDEMPOTENCY_TABLE = `${KIT_SCHEMA}.idempotency_keys`;
export const PROJECTION_CHECKPOINTS_TABLE = `${KIT_SCHEMA}.projection_checkpoints`;
export const PARKED_EVENTS_TABLE = `${KIT_SCHEMA}.projection_parked_events`;
export const CANDIDATE_HOMES_TABLE = `${KIT_SCHEMA}.candidate_home_regions`;
export const PENDING_TRANSFERS_TABLE = `${KIT_SCHEMA}.candidate_pending_transfers`;
export const SEALED_DOCUMENTS_TABLE = `${KIT_SCHEMA}.sealed_documents`;
export const OTHER_REGION_EVENTS_TABLE = `${KIT_SCHEMA}.other_region_events`;
export const CANDIDATE_SIGN_IN_LINKS_TABLE = `${KIT_SCHEMA}.candidate_sign_in_links`;

/** The kit's tables; append new migrations, never edit an applied one. */
export const kitMigrations: readonly SqlMigration[] = [
  {
    version: 1,
    name: 'idempotency keys',
    sql: `CREATE TABLE ${IDEMPOTENCY_TABLE} (
            scope text NOT NULL,
            key text NOT NULL,
            fingerprint text NOT NULL,
            status integer NOT NULL,
            response jsonb,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (scope, key)
          )`,
  },
  {
    version: 2,
    name: 'projection checkpoints and parked events',
    sql: `CREATE TABLE ${PROJECTION_CHECKPOINTS_TABLE} (
            projection text PRIMARY KEY,
            position bigint NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
          );
          CREATE TABLE ${PARKED_EVENTS_TABLE} (
            projection text NOT NULL,
            global_position bigint NOT NULL,
            stream_id text NOT NULL,
            event_id uuid NOT NULL,
            event_type text NOT NULL,
            reason text NOT NULL CHECK (reason IN ('failed', 'held-behind')),
            error text NOT NULL,
            attempts integer NOT NULL DEFAULT 1,
            parked_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (projection, global_position)
          );
          CREATE INDEX projection_parked_events_stream ON ${PARKED_EVENTS_TABLE} (projection, stream_id, global_position);`,
  },
  {
    version: 3,
    name: 'candidate home regions, as each consumer learnt them from the registry',
    sql: `CREATE TABLE ${CANDIDATE_HOMES_TABLE} (
            consumer text NOT NULL,
            candidate_id text NOT NULL,
            region text NOT NULL,
            home_from timestamptz NOT NULL,
            learnt_from uuid NOT NULL,
            PRIMARY KEY (consumer, candidate_id, home_from)
          );
          CREATE TABLE ${PENDING_TRANSFERS_TABLE} (
            consumer text NOT NULL,
            candidate_id text NOT NULL,
            from_region text NOT NULL,
            to_region text NOT NULL,
            accepted boolean NOT NULL DEFAULT false,
            PRIMARY KEY (consumer, candidate_id)
          );`,
  },
  {
    version: 4,
    name: 'documents sealed under their subject key',
    // sealed: AES-256-GCM, iv | tag | ciphertext. STORAGE EXTERNAL: ciphertext does not compress, so TOAST need not try.
    sql: `CREATE TABLE ${SEALED_DOCUMENTS_TABLE} (
            document_id uuid PRIMARY KEY,
            subject_id text NOT NULL,
            key_id uuid NOT NULL,
            media_type text NOT NULL,
            size integer NOT NULL CHECK (size >= 0),
            sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
            sealed bytea NOT NULL,
            stored_at timestamptz NOT NULL
          );
          ALTER TABLE ${SEALED_DOCUMENTS_TABLE} ALTER COLUMN sealed SET STORAGE EXTERNAL;
          CREATE INDEX sealed_documents_subject ON ${SEALED_DOCUMENTS_TABLE} (subject_id);`,
  },
  {
    version: 5,
    name: "events a consumer acting for its own region's candidates set aside, as another region's",
    // Ids and codes only (integration events carry no personal data); applied if the candidate is handed over here.
    sql: `CREATE TABLE ${OTHER_REGION_EVENTS_TABLE} (
            consumer text NOT NULL,
            candidate_id text NOT NULL,
            sequence bigserial NOT NULL,
            event_id text NOT NULL,
            event_type text NOT NULL,
            home_region text NOT NULL,
            event jsonb NOT NULL,
            set_aside_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (consumer, candidate_id, sequence),
            UNIQUE (consumer, event_id)
          );`,
  },
  {
    version: 6,
    name: "candidates' provider sign-ins linked to a candidate, as the registry published them",
    // A keyed digest of issuer and subject only (CANDIDATE_SUBJECT_PEPPER), never the subject; deleted on erasure.
    sql: `CREATE TABLE ${CANDIDATE_SIGN_IN_LINKS_TABLE} (
            subject_digest text PRIMARY KEY CHECK (subject_digest ~ '^[0-9a-f]{64}$'),
            candidate_id text NOT NULL,
            linked_at timestamptz NOT NULL,
            learnt_from text NOT NULL
          );
          CREATE INDEX candidate_sign_in_links_candidate ON ${CANDIDATE_SIGN_IN_LINKS_TABLE} (candidate_id);`,
  },
];
