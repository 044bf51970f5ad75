-- Who signed a decision, as the law wants it written (CRPA L212-1: first name, name and quality), fixed when the
-- decision is taken: the attestations of the versions published under it show it. Null for earlier decisions,
-- whose attestations name the account.
ALTER TABLE portal.classification_decision ADD COLUMN signed_as text;
