-- The promotion that follows an erasure is the system's, on the erasure's account: not a manual one.
ALTER TABLE publication.job DROP CONSTRAINT IF EXISTS job_trigger_check;
ALTER TABLE publication.job ADD CONSTRAINT job_trigger_check
  CHECK (trigger IN ('load', 'deferred', 'decision', 'manual', 'reconcile', 'erasure'));
