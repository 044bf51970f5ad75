-- Problems reported on published datasets ("signaler un problème"), for the data officers, and the daily usage
-- statistics of published datasets. Additive only.

-- A report as the form sent it. No address of the sender is kept; the e-mail is optional (to be answered) and is
-- forgotten a year after the report was handled.
CREATE TABLE portal.report (
  id              bigserial PRIMARY KEY,
  publication_id  text NOT NULL,
  category        text NOT NULL CHECK (category IN ('personal-data', 'data-error', 'technical', 'other')),
  description     text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  email           text CHECK (email IS NULL OR length(email) <= 254),
  submitted_at    timestamptz NOT NULL,
  submitted_by    text,
  handled_at      timestamptz,
  handled_by      text
);
CREATE INDEX report_submitted_idx ON portal.report (submitted_at DESC);
CREATE INDEX report_open_idx ON portal.report (publication_id) WHERE handled_at IS NULL;

-- Uses per day (Europe/Paris) and publication id (the public id). Each portal adds its counts to the row
-- (INSERT ... ON CONFLICT DO UPDATE SET views = views + excluded.views), so replicated portals add up. Nothing
-- about the callers is stored.
CREATE TABLE portal.usage_daily (
  publication_id  text NOT NULL,
  day             date NOT NULL,
  views           bigint NOT NULL DEFAULT 0 CHECK (views >= 0),
  downloads       bigint NOT NULL DEFAULT 0 CHECK (downloads >= 0),
  api_calls       bigint NOT NULL DEFAULT 0 CHECK (api_calls >= 0),
  PRIMARY KEY (publication_id, day)
);
