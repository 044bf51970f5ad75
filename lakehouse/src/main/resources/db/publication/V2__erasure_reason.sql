-- A retraction caused by an erasure at the source purges like a leak, under its own name in the tombstone.
ALTER TABLE publication.publication DROP CONSTRAINT IF EXISTS publication_retraction_reason_check;
ALTER TABLE publication.publication ADD CONSTRAINT publication_retraction_reason_check
  CHECK (retraction_reason IN ('decision', 'leak', 'erasure'));
