-- API keys of the Explore API (schema explore, its own migration history so that it never collides with the
-- portal's). Only a SHA-256 of each key is stored: the key itself is shown once, when it is created.
CREATE TABLE explore.api_key (
  id                uuid PRIMARY KEY,
  owner             text NOT NULL,
  name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  prefix            text NOT NULL,
  key_hash          text NOT NULL UNIQUE,
  quota_per_minute  integer NOT NULL CHECK (quota_per_minute > 0),
  created_at        timestamptz NOT NULL,
  last_used_at      timestamptz,
  revoked_at        timestamptz,
  revoked_by        text
);
CREATE INDEX api_key_owner_idx ON explore.api_key (owner);
