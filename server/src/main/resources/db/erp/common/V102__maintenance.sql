-- The maintenance ("disconnect") switch, one row that every endpoint instance sharing the database
-- reads: erp-server maintenance on|off writes it. Valid on SQL Server and on H2 in MODE=MSSQLServer.
CREATE TABLE maintenance (
    id         INT           NOT NULL PRIMARY KEY,
    active     BIT           NOT NULL,
    reason     NVARCHAR(400) NULL,
    changed_by NVARCHAR(100) NULL,
    changed_at DATETIME2     NOT NULL
);
INSERT INTO maintenance (id, active, changed_at) VALUES (1, 0, GETDATE());
