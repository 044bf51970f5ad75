-- A new decision that occults columns earlier versions published as they were withdraws those versions, files
-- included, before the dataset is published again under it.
ALTER TABLE publication.publication DROP CONSTRAINT IF EXISTS publication_retraction_reason_check;
ALTER TABLE publication.publication ADD CONSTRAINT publication_retraction_reason_check
  CHECK (retraction_reason IN ('decision', 'leak', 'erasure', 'narrowed'));
