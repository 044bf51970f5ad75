-- Grants, access requests and notifications (schema portal), and the audit trail (schema audit).

CREATE TABLE portal.access_grant (
  id             uuid PRIMARY KEY,
  dataset_id     text NOT NULL REFERENCES catalog.dataset (id),
  grantee_kind   text NOT NULL CHECK (grantee_kind IN ('user', 'group', 'organisation')),
  grantee_name   text NOT NULL,
  columns        text[],
  mask_others    boolean NOT NULL DEFAULT false,
  row_filters    jsonb NOT NULL DEFAULT '[]',
  expires_at     timestamptz,
  purpose        text NOT NULL CHECK (length(purpose) BETWEEN 3 AND 2000),
  agreement      text,
  granted_by     text NOT NULL,
  granted_at     timestamptz NOT NULL,
  revoked_at     timestamptz,
  revoked_by     text,
  revoke_reason  text,
  request_id     uuid,
  reminded_at    timestamptz,
  CHECK (grantee_kind <> 'organisation' OR agreement IS NOT NULL)
);
CREATE INDEX access_grant_dataset_idx ON portal.access_grant (dataset_id);

CREATE TABLE portal.access_request (
  id              uuid PRIMARY KEY,
  dataset_id      text NOT NULL REFERENCES catalog.dataset (id),
  requester       text NOT NULL,
  organisation    text,
  columns         text[],
  purpose         text NOT NULL CHECK (length(purpose) BETWEEN 3 AND 2000),
  duration_days   integer NOT NULL CHECK (duration_days BETWEEN 1 AND 1095),
  status          text NOT NULL CHECK (status IN ('pending', 'approved', 'refused', 'cancelled')),
  created_at      timestamptz NOT NULL,
  decided_at      timestamptz,
  decided_by      text,
  decision_reason text,
  grant_id        uuid REFERENCES portal.access_grant (id)
);
CREATE INDEX access_request_dataset_idx ON portal.access_request (dataset_id, status);
CREATE INDEX access_request_requester_idx ON portal.access_request (requester);

CREATE TABLE portal.notification (
  id         bigserial PRIMARY KEY,
  recipient  text NOT NULL,
  at         timestamptz NOT NULL,
  kind       text NOT NULL,
  dataset_id text,
  link       text,
  message    text NOT NULL,
  read_at    timestamptz,
  mailed_at  timestamptz
);
CREATE INDEX notification_recipient_idx ON portal.notification (recipient, at DESC);

-- The audit trail is append-only: rows are inserted, never updated; only the retention job deletes old rows,
-- through audit.purge (which sets the flag the trigger checks).
CREATE TABLE audit.entry (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL,
  kind        text NOT NULL,
  actor       text NOT NULL,
  principal   text,
  dataset_id  text,
  query_id    text,
  outcome     text,
  summary     text NOT NULL,
  details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entry_at_idx ON audit.entry (at DESC);
CREATE INDEX audit_entry_actor_idx ON audit.entry (actor, at DESC);
CREATE INDEX audit_entry_query_idx ON audit.entry (query_id) WHERE query_id IS NOT NULL;
CREATE INDEX audit_entry_dataset_idx ON audit.entry (dataset_id, at DESC) WHERE dataset_id IS NOT NULL;
CREATE INDEX audit_entry_kind_idx ON audit.entry (kind, at DESC);

CREATE FUNCTION audit.forbid_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('socle.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only';
END $$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
  FOR EACH ROW EXECUTE FUNCTION audit.forbid_changes();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit.entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit.forbid_changes();

CREATE FUNCTION audit.purge(older_than timestamptz) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  removed bigint;
BEGIN
  PERFORM set_config('socle.audit_purge', 'on', true);
  DELETE FROM audit.entry WHERE at < older_than;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('socle.audit_purge', 'off', true);
  RETURN removed;
END $$;
