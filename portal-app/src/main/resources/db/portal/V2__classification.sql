-- Classification of datasets' communicability (schema portal): scans of their data, the facts data officers state
-- about them, and their decisions. Facts and decisions are versioned and append-only, like the audit trail: a new
-- version is a new row, nothing is updated or deleted.

-- One row per scan of one snapshot of a dataset's table: counts per kind and masked examples, never a value.
CREATE TABLE portal.classification_scan (
  id            bigserial PRIMARY KEY,
  dataset_id    text NOT NULL REFERENCES catalog.dataset (id) ON DELETE CASCADE,
  snapshot_id   bigint NOT NULL,
  scanned_at    timestamptz NOT NULL,
  requested_by  text NOT NULL,
  method        text NOT NULL CHECK (method IN ('full', 'tablesample', 'stream')),
  rows_read     bigint NOT NULL CHECK (rows_read >= 0),
  rows_scanned  bigint NOT NULL CHECK (rows_scanned >= 0),
  sampled       boolean NOT NULL,
  duration_ms   bigint NOT NULL CHECK (duration_ms >= 0),
  findings      jsonb NOT NULL
);
CREATE INDEX classification_scan_dataset_idx ON portal.classification_scan (dataset_id, scanned_at DESC, id DESC);
CREATE INDEX classification_scan_snapshot_idx ON portal.classification_scan (dataset_id, snapshot_id);

-- What a data officer states about a dataset beyond the catalogue (preparatory, emissions, D312-1-3 category,
-- quasi-identifiers, grounds...). The latest version is in force; decisions keep a copy of the facts they weighed.
CREATE TABLE portal.classification_facts (
  dataset_id  text NOT NULL,
  version     integer NOT NULL CHECK (version >= 1),
  stated_at   timestamptz NOT NULL,
  stated_by   text NOT NULL,
  facts       jsonb NOT NULL,
  PRIMARY KEY (dataset_id, version)
);

-- Decisions, versioned from 1, never overwritten. No foreign key to the catalogue: like the audit trail, decisions
-- outlive the erasure of a dataset.
CREATE TABLE portal.classification_decision (
  dataset_id         text NOT NULL,
  version            integer NOT NULL CHECK (version >= 1),
  decided_at         timestamptz NOT NULL,
  decided_by         text NOT NULL,
  decided_on         date NOT NULL,
  status             text NOT NULL CHECK (status IN ('COMMUNICABLE', 'COMMUNICABLE_AFTER_OCCULTATION',
                       'PERSON_CONCERNED_ONLY', 'NOT_COMMUNICABLE', 'DEFERRED')),
  legal_bases        text[] NOT NULL,
  plan               jsonb NOT NULL,
  exemption          text,
  communicable_from  date,
  justification      text NOT NULL CHECK (length(justification) BETWEEN 1 AND 10000),
  review_date        date NOT NULL,
  facts              jsonb NOT NULL,
  scan_id            bigint,
  snapshot_id        bigint,
  changes            jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (dataset_id, version),
  CHECK (status <> 'DEFERRED' OR communicable_from IS NOT NULL)
);
CREATE INDEX classification_decision_review_idx ON portal.classification_decision (review_date);

-- Only the purge of a dataset gone from the catalogue (not even a tombstone left) deletes rows, through
-- portal.purge_classification, which sets the flag the trigger checks.
CREATE FUNCTION portal.forbid_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('socle.classification_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: record a new version', TG_TABLE_NAME;
END $$;

CREATE TRIGGER classification_facts_append_only BEFORE UPDATE OR DELETE ON portal.classification_facts
  FOR EACH ROW EXECUTE FUNCTION portal.forbid_changes();
CREATE TRIGGER classification_facts_no_truncate BEFORE TRUNCATE ON portal.classification_facts
  FOR EACH STATEMENT EXECUTE FUNCTION portal.forbid_changes();
CREATE TRIGGER classification_decision_append_only BEFORE UPDATE OR DELETE ON portal.classification_decision
  FOR EACH ROW EXECUTE FUNCTION portal.forbid_changes();
CREATE TRIGGER classification_decision_no_truncate BEFORE TRUNCATE ON portal.classification_decision
  FOR EACH STATEMENT EXECUTE FUNCTION portal.forbid_changes();

CREATE FUNCTION portal.purge_classification(gone text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  removed_decisions bigint;
  removed_facts bigint;
BEGIN
  IF EXISTS (SELECT 1 FROM catalog.dataset WHERE id = gone) THEN
    RAISE EXCEPTION 'dataset % is in the catalogue: its classification is kept', gone;
  END IF;
  PERFORM set_config('socle.classification_purge', 'on', true);
  DELETE FROM portal.classification_decision WHERE dataset_id = gone;
  GET DIAGNOSTICS removed_decisions = ROW_COUNT;
  DELETE FROM portal.classification_facts WHERE dataset_id = gone;
  GET DIAGNOSTICS removed_facts = ROW_COUNT;
  PERFORM set_config('socle.classification_purge', 'off', true);
  RETURN removed_decisions + removed_facts;
END $$;
