-- H2 only (numbered 4.2 so that the next version of both databases can still be 5). H2 gives a
-- foreign key an index of its own when, as the constraint is made, the table has no index on
-- exactly its columns. The foreign keys of address and run_log were declared in their CREATE TABLE,
-- before the table's own index on the same column (ix_address_account, ix_address_company,
-- ix_run_log_run), so every row of those tables was written to two identical indexes (contact's were
-- merged when V4 altered the table). Made again, each foreign key takes the existing index and H2
-- drops the one it had made. SQL Server never makes an index for a foreign key.
ALTER TABLE address DROP CONSTRAINT fk_address_account;
ALTER TABLE address ADD CONSTRAINT fk_address_account FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE address DROP CONSTRAINT fk_address_company;
ALTER TABLE address ADD CONSTRAINT fk_address_company FOREIGN KEY (company_id) REFERENCES company (id);
ALTER TABLE run_log DROP CONSTRAINT fk_run_log_run;
ALTER TABLE run_log ADD CONSTRAINT fk_run_log_run FOREIGN KEY (run_id) REFERENCES sync_run (id);
