-- The version at which a record was created, so that GetChanges tells inserts from updates after a
-- token. NULL for records created before this migration (reported as updates).
ALTER TABLE representative ADD created_version BIGINT NULL;
ALTER TABLE account ADD created_version BIGINT NULL;
ALTER TABLE delivery_address ADD created_version BIGINT NULL;
ALTER TABLE contact ADD created_version BIGINT NULL;
ALTER TABLE free_field_definition ADD created_version BIGINT NULL;
ALTER TABLE account_figures ADD created_version BIGINT NULL;
