-- Reference ERP schema, tables whose changes GetChanges reports (SQL Server flavour).
-- Every tracked row carries a rowversion; row_version is its BIGINT form. GetChanges reads only
-- below MIN_ACTIVE_ROWVERSION(), so a change committed late is never skipped.

-- The highest version below which every change is committed.
CREATE VIEW change_horizon AS SELECT CAST(MIN_ACTIVE_ROWVERSION() AS BIGINT) - 1 AS horizon;
GO

CREATE TABLE company (
    id               INT           NOT NULL PRIMARY KEY,
    company_name     NVARCHAR(100) NOT NULL,
    erp_product      NVARCHAR(100) NOT NULL,
    default_currency CHAR(3)       NOT NULL,
    touch_count      INT           NOT NULL DEFAULT 0,
    rv               ROWVERSION NOT NULL,
    row_version      AS CAST(rv AS BIGINT)
);

CREATE TABLE representative (
    id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    code        NVARCHAR(32)  NOT NULL,
    first_name  NVARCHAR(100) NULL,
    last_name   NVARCHAR(100) NOT NULL,
    email       NVARCHAR(100) NULL,
    phone       NVARCHAR(32)  NULL,
    active      BIT           NOT NULL DEFAULT 1,
    rv ROWVERSION NOT NULL,
    row_version AS CAST(rv AS BIGINT),
    CONSTRAINT uq_representative_code UNIQUE (code)
);

CREATE TABLE account (
    id                  BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    account_type        VARCHAR(16)   NOT NULL,
    code                NVARCHAR(17)  NOT NULL,
    name                NVARCHAR(100) NOT NULL,
    short_name          NVARCHAR(100) NULL,
    contact_person      NVARCHAR(100) NULL,
    website             NVARCHAR(100) NULL,
    dormant             BIT           NOT NULL DEFAULT 0,
    naf_code            NVARCHAR(32)  NULL,
    siret               NVARCHAR(32)  NULL,
    vat_number          NVARCHAR(32)  NULL,
    currency            CHAR(3)       NOT NULL,
    accounting_category NVARCHAR(32)  NOT NULL,
    price_category      NVARCHAR(32)  NOT NULL,
    language_code       NVARCHAR(32)  NOT NULL,
    street              NVARCHAR(100) NULL,
    complement          NVARCHAR(100) NULL,
    postal_code         NVARCHAR(32)  NULL,
    city                NVARCHAR(100) NULL,
    region              NVARCHAR(100) NULL,
    country             CHAR(2)       NULL,
    phone_main          NVARCHAR(32)  NULL,
    phone_fax           NVARCHAR(32)  NULL,
    phone_mobile        NVARCHAR(32)  NULL,
    phone_other         NVARCHAR(32)  NULL,
    email_main          NVARCHAR(100) NULL,
    email_invoicing     NVARCHAR(100) NULL,
    email_other         NVARCHAR(100) NULL,
    representative_id   BIGINT        NULL,
    credit_limit        DECIMAL(19,4) NULL,
    collective_account  NVARCHAR(32)  NULL,
    paying_account_id   BIGINT        NULL,
    payment_terms       NVARCHAR(32)  NULL,
    risk_code           NVARCHAR(32)  NULL,
    created_at          DATETIME2     NOT NULL DEFAULT GETDATE(),
    touch_count         INT           NOT NULL DEFAULT 0,
    rv                  ROWVERSION NOT NULL,
    row_version         AS CAST(rv AS BIGINT),
    CONSTRAINT uq_account_code UNIQUE (code),
    CONSTRAINT fk_account_representative FOREIGN KEY (representative_id) REFERENCES representative (id),
    CONSTRAINT fk_account_paying FOREIGN KEY (paying_account_id) REFERENCES account (id)
);

CREATE TABLE delivery_address (
    id           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    label        NVARCHAR(100) NOT NULL,
    street       NVARCHAR(100) NULL,
    complement   NVARCHAR(100) NULL,
    postal_code  NVARCHAR(32)  NULL,
    city         NVARCHAR(100) NULL,
    region       NVARCHAR(100) NULL,
    country      CHAR(2)       NULL,
    contact_name NVARCHAR(100) NULL,
    phone        NVARCHAR(32)  NULL,
    is_main      BIT           NOT NULL DEFAULT 0,
    rv           ROWVERSION NOT NULL,
    row_version  AS CAST(rv AS BIGINT),
    CONSTRAINT uq_delivery_address_label UNIQUE (account_id, label),
    CONSTRAINT fk_delivery_address_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE contact (
    id              BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    civility        VARCHAR(8)    NULL,
    first_name      NVARCHAR(100) NULL,
    last_name       NVARCHAR(100) NOT NULL,
    job_function    NVARCHAR(100) NULL,
    service         NVARCHAR(32)  NULL,
    phone_main      NVARCHAR(32)  NULL,
    phone_fax       NVARCHAR(32)  NULL,
    phone_mobile    NVARCHAR(32)  NULL,
    phone_other     NVARCHAR(32)  NULL,
    email_main      NVARCHAR(100) NULL,
    email_invoicing NVARCHAR(100) NULL,
    email_other     NVARCHAR(100) NULL,
    rv              ROWVERSION NOT NULL,
    row_version     AS CAST(rv AS BIGINT),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE free_field_definition (
    id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    name        NVARCHAR(32)  NOT NULL,
    label       NVARCHAR(100) NOT NULL,
    field_type  VARCHAR(16)   NOT NULL,
    max_length  INT           NULL,
    list_values NVARCHAR(MAX) NULL,
    rv ROWVERSION NOT NULL,
    row_version AS CAST(rv AS BIGINT),
    CONSTRAINT uq_free_field_definition_name UNIQUE (name)
);

CREATE TABLE account_figures (
    account_id        BIGINT        NOT NULL PRIMARY KEY,
    currency          CHAR(3)       NOT NULL,
    fiscal_year       INT           NOT NULL,
    revenue_this_year DECIMAL(19,4) NOT NULL,
    revenue_last_year DECIMAL(19,4) NOT NULL,
    rv                ROWVERSION NOT NULL,
    row_version       AS CAST(rv AS BIGINT),
    CONSTRAINT fk_account_figures_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- Deletes, kept for clients until purged past the retention (see tombstone_purge).
CREATE TABLE tombstone (
    id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    entity      VARCHAR(32) NOT NULL,
    record_id   BIGINT      NOT NULL,
    deleted_at  DATETIME2   NOT NULL DEFAULT GETDATE(),
    rv          ROWVERSION NOT NULL,
    row_version AS CAST(rv AS BIGINT)
);

CREATE INDEX ix_representative_version ON representative (rv);
CREATE INDEX ix_account_version ON account (rv);
CREATE INDEX ix_delivery_address_version ON delivery_address (rv);
CREATE INDEX ix_delivery_address_account ON delivery_address (account_id);
CREATE INDEX ix_contact_version ON contact (rv);
CREATE INDEX ix_contact_account ON contact (account_id);
CREATE INDEX ix_free_field_definition_version ON free_field_definition (rv);
CREATE INDEX ix_account_figures_version ON account_figures (rv);
CREATE INDEX ix_tombstone_entity_version ON tombstone (entity, rv);
