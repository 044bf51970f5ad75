-- Full-text search over French text. Declared immutable (array_to_string is only "stable" in general, but is
-- deterministic for text[]), so that it can feed a generated column.
CREATE FUNCTION search_vector(title text, keywords text[], description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('french'::regconfig, coalesce(title, '')), 'A') ||
           setweight(to_tsvector('french'::regconfig, coalesce(array_to_string(keywords, ' '), '')), 'B') ||
           setweight(to_tsvector('french'::regconfig, coalesce(description, '')), 'C')
  $$;

-- The dataset catalogue: one row per dataset, whose data is the Iceberg table internal.<domain>.<table_name>.
-- The id is fixed at creation and survives renames: public URIs, grants and decisions point at it.
CREATE TABLE dataset (
  id                        text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
  domain                    text NOT NULL CHECK (domain ~ '^[a-z][a-z0-9_]{0,62}$'),
  table_name                text NOT NULL CHECK (table_name ~ '^[a-z][a-z0-9_]{0,62}$'),
  title                     text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description               text NOT NULL DEFAULT '',
  producer_service          text NOT NULL,
  steward                   text NOT NULL,
  theme                     text,
  keywords                  text[] NOT NULL DEFAULT '{}',
  licence                   text NOT NULL DEFAULT 'etalab-2.0',
  update_frequency          text,
  spatial_coverage          text,
  temporal_start            date,
  temporal_end              date,
  scdl_schema               text,
  visibility                text NOT NULL DEFAULT 'confidential'
                              CHECK (visibility IN ('confidential', 'discoverable', 'shared')),
  discoverable_by_partners  boolean NOT NULL DEFAULT false,
  state                     text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'archived', 'deleted')),
  created_at                timestamptz NOT NULL,
  created_by                text NOT NULL,
  updated_at                timestamptz NOT NULL,
  updated_by                text NOT NULL,
  deleted_at                timestamptz,
  version                   integer NOT NULL DEFAULT 0,
  search                    tsvector GENERATED ALWAYS AS (search_vector(title, keywords, description)) STORED,
  CHECK (temporal_end IS NULL OR temporal_start IS NULL OR temporal_start <= temporal_end)
);
CREATE UNIQUE INDEX dataset_table_uq ON dataset (domain, table_name) WHERE state <> 'deleted';
CREATE INDEX dataset_search_idx ON dataset USING gin (search);
CREATE INDEX dataset_service_idx ON dataset (producer_service);

-- Columns as the catalogue documents them (label = the header of the source file, description = the steward's).
CREATE TABLE dataset_column (
  dataset_id   text NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
  position     integer NOT NULL,
  name         text NOT NULL,
  type         text NOT NULL,
  label        text,
  description  text,
  PRIMARY KEY (dataset_id, name)
);

-- Every change of a dataset's metadata or content, in order (who, when, what).
CREATE TABLE dataset_event (
  id          bigserial PRIMARY KEY,
  dataset_id  text NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
  at          timestamptz NOT NULL,
  actor       text NOT NULL,
  kind        text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX dataset_event_dataset_idx ON dataset_event (dataset_id, at);

-- Loads: each one committed one Iceberg snapshot, or was refused (then it changed nothing).
CREATE TABLE dataset_load (
  id            uuid PRIMARY KEY,
  dataset_id    text NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
  at            timestamptz NOT NULL,
  actor         text NOT NULL,
  mode          text NOT NULL CHECK (mode IN ('create', 'append', 'replace')),
  source_name   text NOT NULL,
  format        text,
  bytes_read    bigint,
  rows_written  bigint,
  snapshot_id   bigint,
  outcome       text NOT NULL CHECK (outcome IN ('committed', 'refused', 'failed')),
  error_code    text,
  report        jsonb
);
CREATE INDEX dataset_load_dataset_idx ON dataset_load (dataset_id, at);
