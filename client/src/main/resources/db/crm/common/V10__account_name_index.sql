-- The diagnostics compare each customer company without an account with the name and VAT number of
-- every account of the integration. This index holds all the columns that read needs, so it reads the
-- index alone instead of every row of the table. Valid on SQL Server and on H2 in MODE=MSSQLServer.
CREATE INDEX ix_account_name ON account (integration, name, vat_number);
