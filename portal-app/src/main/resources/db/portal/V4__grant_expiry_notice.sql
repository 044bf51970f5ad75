-- When the end of a grant was told to its holders and to whoever granted it. Claimed by one portal replica with an
-- UPDATE … RETURNING, so that each is told once, and caught up after a restart. Grants already ended when this
-- column arrives are not announced late.
ALTER TABLE portal.access_grant ADD COLUMN expiry_noticed_at timestamptz;
UPDATE portal.access_grant SET expiry_noticed_at = now() WHERE expires_at <= now();
