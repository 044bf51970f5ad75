-- A statement reading several datasets names them all in details.datasets (dataset_id holds the first): the
-- search by dataset looks in both, through this index for the second.
CREATE INDEX audit_entry_datasets_idx ON audit.entry USING gin ((details -> 'datasets') jsonb_path_ops);
