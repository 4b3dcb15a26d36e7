-- The answers of processed batches and the client references of applied inserts are kept as long as
-- tombstones (erp.tombstone-retention), then purged with them; applied_insert says when each was
-- applied. Both purges go by these dates, hence the indexes. Valid on SQL Server and on H2 in
-- MODE=MSSQLServer; existing references count from now.
ALTER TABLE applied_insert ADD applied_at DATETIME2 NOT NULL DEFAULT GETDATE();
CREATE INDEX ix_applied_insert_at ON applied_insert (applied_at);
CREATE INDEX ix_processed_batch_at ON processed_batch (processed_at);
