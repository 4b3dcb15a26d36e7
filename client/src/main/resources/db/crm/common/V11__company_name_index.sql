-- The console finds companies by a part of their name (UPPER(name) LIKE '%...%'), in name order, and
-- counts them. The LIKE still tests every name, but in this index alone, not in every row of the
-- table, and the matches come out in the order shown. Valid on SQL Server and on H2 in MODE=MSSQLServer.
CREATE INDEX ix_company_name ON company (name, id);
