-- Every run starts by listing the companies flagged "not this time"; without this index that is a
-- scan of the whole company table, which grows with the number of accounts. Valid on SQL Server and H2.
CREATE INDEX ix_company_skip_next_run ON company (skip_next_run);
