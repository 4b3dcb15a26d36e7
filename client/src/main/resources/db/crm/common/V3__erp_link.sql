-- Disconnect / reconnect of an integration from its ERP ("Déconnecter / Reconnecter Gestion Commerciale").
-- One row per integration once it was first disconnected; no row means connected. Valid on SQL Server and
-- on H2 in MODE=MSSQLServer. Kept apart from integration_settings, which is rewritten from the configuration
-- every time the engine opens.
CREATE TABLE erp_link (
    integration NVARCHAR(50)  NOT NULL PRIMARY KEY,
    connected   BIT           NOT NULL,
    changed_by  NVARCHAR(50)  NULL,
    changed_at  DATETIME2     NOT NULL,
    reason      NVARCHAR(400) NULL
);
