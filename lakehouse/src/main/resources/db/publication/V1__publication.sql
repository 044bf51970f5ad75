-- Promotion to the open tier (schema publication, migrated by PublicationSchema with its own history table).

-- One row per published dataset of the open tier: a dataset of the catalogue, or the derived aggregate of one.
-- The state is what the public side checks: only 'published' is public; 'new' has no committed version yet, and a
-- retracted publication is gone from every public channel at once.
CREATE TABLE publication (
  id                          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
  source_dataset_id           text NOT NULL,
  kind                        text NOT NULL CHECK (kind IN ('dataset', 'derived-aggregate')),
  open_namespace              text NOT NULL,
  open_table                  text NOT NULL,
  state                       text NOT NULL CHECK (state IN ('new', 'published', 'retracted')),
  current_version             integer,
  updated_at                  timestamptz NOT NULL,
  -- The tombstone of a retraction: when, why (category), by whom; never the data.
  retracted_at                timestamptz,
  retracted_by                text,
  retraction_reason           text CHECK (retraction_reason IN ('decision', 'leak')),
  retraction_note             text,
  retracted_decision_version  integer,
  purged                      boolean NOT NULL DEFAULT false
);
CREATE INDEX publication_source_idx ON publication (source_dataset_id);

-- Every promotion attempt, keyed by the id of its attestation (which a committed snapshot carries in its summary).
-- 'writing' while files are written, 'pending' from the gate's pass to the commit, then 'committed', 'refused'
-- (the gate or a check failed: nothing committed) or 'abandoned' (interrupted, its files removed by a later run).
CREATE TABLE attestation (
  id                 uuid PRIMARY KEY,
  publication_id     text NOT NULL REFERENCES publication (id),
  state              text NOT NULL CHECK (state IN ('writing', 'pending', 'committed', 'refused', 'abandoned')),
  version            integer NOT NULL,
  source_table       text NOT NULL,
  source_snapshot_id bigint NOT NULL,
  decision_version   integer NOT NULL,
  plan_hash          text NOT NULL,
  data_prefix        text NOT NULL,
  exports_prefix     text NOT NULL,
  table_location     text NOT NULL,
  actor              text NOT NULL,
  trigger            text NOT NULL,
  started_at         timestamptz NOT NULL,
  finished_at        timestamptz,
  snapshot_id        bigint,
  body               jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX attestation_publication_idx ON attestation (publication_id, started_at DESC);
CREATE INDEX attestation_open_idx ON attestation (state) WHERE state IN ('writing', 'pending');

-- The versions of the open tier: one per committed promotion, readable (FOR VERSION AS OF) and downloadable unless
-- retracted.
CREATE TABLE version (
  publication_id  text NOT NULL REFERENCES publication (id),
  version         integer NOT NULL CHECK (version >= 1),
  snapshot_id     bigint NOT NULL,
  attestation_id  uuid NOT NULL REFERENCES attestation (id),
  rows            bigint NOT NULL,
  published_at    timestamptz NOT NULL,
  state           text NOT NULL CHECK (state IN ('published', 'retracted', 'purged')),
  PRIMARY KEY (publication_id, version),
  UNIQUE (publication_id, snapshot_id)
);

-- Precomputed exports of each version, registered once the commit succeeded.
CREATE TABLE export (
  publication_id  text NOT NULL,
  version         integer NOT NULL,
  format          text NOT NULL CHECK (format IN ('csv', 'json', 'geojson', 'parquet')),
  location        text NOT NULL,
  bytes           bigint NOT NULL,
  sha256          text NOT NULL,
  rows            bigint NOT NULL,
  PRIMARY KEY (publication_id, version, format),
  FOREIGN KEY (publication_id, version) REFERENCES version (publication_id, version)
);

-- The public changelog: a new version (rows added, removed, changed; schema changes), a retraction, a purge.
CREATE TABLE change (
  id               bigserial PRIMARY KEY,
  publication_id   text NOT NULL REFERENCES publication (id),
  at               timestamptz NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('version', 'retraction', 'purge')),
  version          integer,
  rows_total       bigint,
  rows_added       bigint,
  rows_removed     bigint,
  rows_changed     bigint,
  schema_changes   jsonb NOT NULL DEFAULT '[]',
  summary          text NOT NULL
);
CREATE INDEX change_publication_idx ON change (publication_id, at DESC);

-- The persisted queue of promotion jobs of datasets: retried with backoff up to max_attempts; a job whose runner
-- stopped beating is queued again (it re-runs from the start: commits are atomic and idempotent).
CREATE TABLE job (
  id               uuid PRIMARY KEY,
  dataset_id       text NOT NULL,
  trigger          text NOT NULL CHECK (trigger IN ('load', 'deferred', 'decision', 'manual', 'reconcile')),
  requested_by     text NOT NULL,
  requested_at     timestamptz NOT NULL,
  state            text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'skipped', 'refused', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  max_attempts     integer NOT NULL,
  next_attempt_at  timestamptz NOT NULL,
  owner            text,
  heartbeat_at     timestamptz,
  started_at       timestamptz,
  finished_at      timestamptz,
  phase            text,
  rows_read        bigint,
  rows_written     bigint,
  rows_total       bigint,
  publication_id   text,
  version          integer,
  attestation_id   uuid,
  message          text,
  report           jsonb
);
CREATE UNIQUE INDEX job_one_queued_idx ON job (dataset_id) WHERE state = 'queued';
CREATE INDEX job_due_idx ON job (next_attempt_at) WHERE state = 'queued';
CREATE INDEX job_recent_idx ON job (requested_at DESC);

-- The key of the record ids' keyed hash (SipHash-2-4): ids stay stable across versions, and nobody can test a
-- guess of a hidden value against them.
CREATE TABLE record_id_key (
  id   integer PRIMARY KEY CHECK (id = 1),
  key  bytea NOT NULL CHECK (length(key) = 16)
);
