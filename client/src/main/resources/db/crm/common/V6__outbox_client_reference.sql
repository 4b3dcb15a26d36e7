-- Each outbox entry gets its own client reference, drawn at random, that the ERP's ApplyChanges
-- de-duplicates inserts on. The reference was "o" + the outbox id, unique only inside one store: a
-- second CRM store on the same ERP, or this store restored from a backup (its ids handed out again),
-- had its new records answered DUPLICATE with another record's key. A row a CRM inserts by SQL gets
-- its reference from the default. Valid on SQL Server and on H2 in MODE=MSSQLServer; existing rows
-- get one each.
ALTER TABLE outbox ADD client_ref UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID();
