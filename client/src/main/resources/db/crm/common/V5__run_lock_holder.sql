-- The run lock names its holder's machine and process, so that a holder that died on the same machine
-- is taken over at once instead of after its lease, and says since when it holds the lock. Valid on
-- SQL Server and on H2 in MODE=MSSQLServer.
ALTER TABLE run_lock ADD host NVARCHAR(100) NULL;
ALTER TABLE run_lock ADD pid BIGINT NULL;
ALTER TABLE run_lock ADD acquired_at DATETIME2 NULL;
