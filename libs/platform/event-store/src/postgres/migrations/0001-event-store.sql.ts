import type { Migration } from './migration';

/** Tables: streams (head of each hash chain), events (the log), snapshots, subject keys. */
export const eventStoreTables: Migration = {
  version: 1,
  name: 'event store tables',
  sql: ({ q }) => `
CREATE TABLE ${q}streams (
  stream_id       text PRIMARY KEY,
  -- Last revision in the chain (-1: none yet) and its hash: the append's optimistic-concurrency row.
  revision        bigint NOT NULL,
  last_hash       text NOT NULL,
  -- Events below this revision are no longer read (truncate-before; soft delete sets it past the end).
  truncate_before bigint NOT NULL DEFAULT 0,
  metadata        jsonb NOT NULL DEFAULT '{}',
  updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ${q}events (
  global_position bigserial PRIMARY KEY,
  stream_id       text NOT NULL,
  revision        bigint NOT NULL,
  event_id        uuid NOT NULL,
  type            text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  -- {"subjectId": …, "fields": [...]}: which fields of data are sealed under a subject's key.
  personal        jsonb,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  prev_hash       text NOT NULL,
  hash            text NOT NULL,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  category        text GENERATED ALWAYS AS (CASE WHEN strpos(stream_id, '-') > 1 THEN split_part(stream_id, '-', 1) END) STORED,
  CONSTRAINT events_stream_revision UNIQUE (stream_id, revision),
  CONSTRAINT events_stream_event_id UNIQUE (stream_id, event_id)
);
CREATE INDEX events_category_position ON ${q}events (category, global_position) WHERE category IS NOT NULL;

CREATE TABLE ${q}snapshots (
  stream_id     text PRIMARY KEY,
  revision      bigint NOT NULL,
  state_version integer NOT NULL,
  state         jsonb NOT NULL,
  subjects      text[] NOT NULL,
  written_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX snapshots_subjects ON ${q}snapshots USING gin (subjects);

CREATE TABLE ${q}subject_keys (
  subject_id text PRIMARY KEY,
  key_id     uuid NOT NULL,
  key        bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ${q}forgotten_subjects (
  subject_id   text PRIMARY KEY,
  forgotten_at timestamptz NOT NULL DEFAULT now()
);
`,
};
