-- Sync rules: conflict policy, switches and never-sync flags. Valid on SQL Server and on H2 in MODE=MSSQLServer.

-- which side wins a field changed on both sides (ERP_WINS | CRM_WINS)
ALTER TABLE integration_settings ADD conflict_policy NVARCHAR(10) NOT NULL DEFAULT N'ERP_WINS';

-- the last full snapshot run (sync_run.id) in which the ERP still had this record; after a complete
-- snapshot, linked records not stamped with it are gone from the ERP
ALTER TABLE identity_map ADD seen_run BIGINT NULL;

-- the ERP's last received phones or e-mails (field phone.MAIN, email.OTHER...) of an account or contact
-- whose part is switched off (sync.phones / sync.emails = false): kept out of the CRM, sent back unchanged
CREATE TABLE erp_held_value (
    owner_entity NVARCHAR(10)   NOT NULL,
    owner_id     BIGINT         NOT NULL,
    field        NVARCHAR(40)   NOT NULL,
    erp_version  BIGINT         NOT NULL,
    field_value  NVARCHAR(4000) NULL,
    CONSTRAINT pk_erp_held_value PRIMARY KEY (owner_id, owner_entity, field)
);
