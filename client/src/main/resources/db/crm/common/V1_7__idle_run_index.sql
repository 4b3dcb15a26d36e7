-- The start of every run asks which companies are flagged "not this time" (skip_next_run = 1).
-- Without an index that question read the whole company table, so an idle run grew with the CRM.
CREATE INDEX ix_company_skip_next_run ON company (skip_next_run);
