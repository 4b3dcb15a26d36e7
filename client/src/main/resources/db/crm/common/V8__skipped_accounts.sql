-- Accounts a switch keeps out of the CRM (sync.dormant = false, sync.suppliers = false), and the ERP
-- changes of their contacts and addresses, kept until the account comes in (it becomes active, or the
-- switch is turned on): then they are applied, nothing lost. Valid on SQL Server and on H2 in
-- MODE=MSSQLServer.
CREATE TABLE skipped_account (
    integration NVARCHAR(50)  NOT NULL,
    erp_key     NVARCHAR(64)  NOT NULL,
    reason      NVARCHAR(10)  NOT NULL,
    skipped_at  DATETIME2     NOT NULL,
    CONSTRAINT pk_skipped_account PRIMARY KEY (integration, erp_key)
);

CREATE TABLE waiting_child (
    integration   NVARCHAR(50)  NOT NULL,
    entity        NVARCHAR(30)  NOT NULL,
    erp_key       NVARCHAR(64)  NOT NULL,
    account_key   NVARCHAR(64)  NOT NULL,
    payload       NVARCHAR(MAX) NOT NULL,
    waiting_since DATETIME2     NOT NULL,
    CONSTRAINT pk_waiting_child PRIMARY KEY (integration, entity, erp_key)
);
CREATE INDEX ix_waiting_child_account ON waiting_child (integration, account_key);
