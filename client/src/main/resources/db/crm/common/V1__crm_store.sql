-- CRM store of the Passerelle sync engine. Valid on SQL Server and on H2 in MODE=MSSQLServer.
-- Identity of synced records is the ERP record key, kept in identity_map only.

CREATE TABLE id_block (
    name    NVARCHAR(30) NOT NULL PRIMARY KEY,
    next_id BIGINT       NOT NULL
);
INSERT INTO id_block (name, next_id) VALUES (N'record', 1);

CREATE TABLE integration_settings (
    name                     NVARCHAR(50)  NOT NULL PRIMARY KEY,
    erp_url                  NVARCHAR(400) NOT NULL,
    erp_user                 NVARCHAR(100) NOT NULL,
    timeout_ms               INT           NOT NULL,
    interval_minutes         INT           NOT NULL,
    full_resync_at           NVARCHAR(5)   NULL,
    transfer_mode            NVARCHAR(20)  NOT NULL,
    code_mode                NVARCHAR(20)  NOT NULL,
    code_suffix              NVARCHAR(10)  NULL,
    default_territory        NVARCHAR(50)  NULL,
    supplier_territory       NVARCHAR(50)  NULL,
    default_account_manager  NVARCHAR(50)  NULL,
    manager_follows_rep      NVARCHAR(20)  NOT NULL,
    rep_follows_manager      NVARCHAR(20)  NOT NULL,
    sync_contacts            BIT           NOT NULL,
    sync_addresses           BIT           NOT NULL,
    sync_phones              BIT           NOT NULL,
    sync_emails              BIT           NOT NULL,
    sync_suppliers           BIT           NOT NULL,
    sync_dormant             BIT           NOT NULL,
    updated_at               DATETIME2     NOT NULL
);

CREATE TABLE crm_user (
    login              NVARCHAR(50)  NOT NULL PRIMARY KEY,
    display_name       NVARCHAR(100) NOT NULL,
    rep_integration    NVARCHAR(50)  NULL,
    representative_key NVARCHAR(64)  NULL
);

CREATE TABLE user_denied_action (
    login  NVARCHAR(50) NOT NULL,
    action NVARCHAR(30) NOT NULL,
    CONSTRAINT pk_user_denied_action PRIMARY KEY (login, action),
    CONSTRAINT fk_denied_user FOREIGN KEY (login) REFERENCES crm_user (login)
);

CREATE TABLE company (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             NVARCHAR(100) NOT NULL,
    company_type     NVARCHAR(20)  NOT NULL,
    vat_number       NVARCHAR(32)  NULL,
    vat_normalised   NVARCHAR(32)  NULL,
    website          NVARCHAR(100) NULL,
    street           NVARCHAR(100) NULL,
    complement       NVARCHAR(100) NULL,
    postal_code      NVARCHAR(32)  NULL,
    city             NVARCHAR(100) NULL,
    region           NVARCHAR(100) NULL,
    country          NVARCHAR(2)   NULL,
    active           BIT           NOT NULL,
    account_manager  NVARCHAR(50)  NULL,
    territory        NVARCHAR(50)  NULL,
    never_sync       BIT           NOT NULL DEFAULT 0,
    skip_next_run    BIT           NOT NULL DEFAULT 0,
    generic_account_id BIGINT      NULL,
    created_at       DATETIME2     NOT NULL,
    updated_at       DATETIME2     NOT NULL
);
CREATE INDEX ix_company_vat ON company (vat_normalised);

CREATE TABLE account (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    integration         NVARCHAR(50)  NOT NULL,
    company_id          BIGINT        NULL,
    is_primary          BIT           NOT NULL,
    account_type        NVARCHAR(10)  NOT NULL,
    account_code        NVARCHAR(32)  NOT NULL,
    name                NVARCHAR(100) NOT NULL,
    short_name          NVARCHAR(100) NULL,
    contact_person      NVARCHAR(100) NULL,
    website             NVARCHAR(100) NULL,
    dormant             BIT           NOT NULL,
    naf_code            NVARCHAR(32)  NULL,
    siret               NVARCHAR(32)  NULL,
    vat_number          NVARCHAR(32)  NULL,
    currency            NVARCHAR(3)   NULL,
    accounting_category NVARCHAR(32)  NULL,
    price_category      NVARCHAR(32)  NULL,
    language            NVARCHAR(32)  NULL,
    street              NVARCHAR(100) NULL,
    complement          NVARCHAR(100) NULL,
    postal_code         NVARCHAR(32)  NULL,
    city                NVARCHAR(100) NULL,
    region              NVARCHAR(100) NULL,
    country             NVARCHAR(2)   NULL,
    representative_key  NVARCHAR(64)  NULL,
    credit_limit        DECIMAL(19,4) NULL,
    collective_account  NVARCHAR(32)  NULL,
    paying_account_key  NVARCHAR(64)  NULL,
    payment_terms       NVARCHAR(32)  NULL,
    risk_code           NVARCHAR(32)  NULL,
    risk_action         NVARCHAR(10)  NULL,
    revenue_year        INT           NULL,
    revenue_currency    NVARCHAR(3)   NULL,
    revenue_this_year   DECIMAL(19,4) NULL,
    revenue_last_year   DECIMAL(19,4) NULL,
    is_generic          BIT           NOT NULL DEFAULT 0,
    erp_deleted         BIT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_account_company ON account (company_id);
CREATE INDEX ix_account_integration ON account (integration);

CREATE TABLE contact (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NULL,
    company_id    BIGINT        NULL,
    civility      NVARCHAR(3)   NULL,
    first_name    NVARCHAR(100) NULL,
    last_name     NVARCHAR(100) NOT NULL,
    job_function  NVARCHAR(100) NULL,
    service       NVARCHAR(32)  NULL,
    is_primary    BIT           NOT NULL,
    street        NVARCHAR(100) NULL,
    complement    NVARCHAR(100) NULL,
    postal_code   NVARCHAR(32)  NULL,
    city          NVARCHAR(100) NULL,
    region        NVARCHAR(100) NULL,
    country       NVARCHAR(2)   NULL,
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_contact_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_contact_account ON contact (account_id);
CREATE INDEX ix_contact_company ON contact (company_id);

CREATE TABLE address (
    id            BIGINT        NOT NULL PRIMARY KEY,
    account_id    BIGINT        NULL,
    company_id    BIGINT        NULL,
    label         NVARCHAR(100) NULL,
    street        NVARCHAR(100) NULL,
    complement    NVARCHAR(100) NULL,
    postal_code   NVARCHAR(32)  NULL,
    city          NVARCHAR(100) NULL,
    region        NVARCHAR(100) NULL,
    country       NVARCHAR(2)   NULL,
    contact_name  NVARCHAR(100) NULL,
    phone         NVARCHAR(32)  NULL,
    is_main       BIT           NOT NULL,
    CONSTRAINT fk_address_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_address_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_address_account ON address (account_id);
CREATE INDEX ix_address_company ON address (company_id);

-- phones and e-mails of accounts (owner_entity ACCOUNT) and contacts (CONTACT)
CREATE TABLE phone (
    owner_entity NVARCHAR(10) NOT NULL,
    owner_id     BIGINT       NOT NULL,
    phone_type   NVARCHAR(10) NOT NULL,
    number       NVARCHAR(32) NOT NULL,
    CONSTRAINT pk_phone PRIMARY KEY (owner_id, owner_entity, phone_type)
);

CREATE TABLE email (
    owner_entity NVARCHAR(10)  NOT NULL,
    owner_id     BIGINT        NOT NULL,
    email_type   NVARCHAR(10)  NOT NULL,
    address      NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_email PRIMARY KEY (owner_id, owner_entity, email_type)
);

CREATE TABLE representative (
    integration NVARCHAR(50)  NOT NULL,
    erp_key     NVARCHAR(64)  NOT NULL,
    code        NVARCHAR(32)  NOT NULL,
    first_name  NVARCHAR(100) NULL,
    last_name   NVARCHAR(100) NOT NULL,
    email       NVARCHAR(100) NULL,
    phone       NVARCHAR(32)  NULL,
    active      BIT           NOT NULL,
    CONSTRAINT pk_representative PRIMARY KEY (integration, erp_key)
);

CREATE TABLE company_settings (
    integration      NVARCHAR(50)  NOT NULL PRIMARY KEY,
    erp_key          NVARCHAR(64)  NOT NULL,
    erp_version      BIGINT        NOT NULL,
    company_name     NVARCHAR(100) NOT NULL,
    default_currency NVARCHAR(3)   NOT NULL
);

CREATE TABLE list_value (
    integration NVARCHAR(50)  NOT NULL,
    list_name   NVARCHAR(30)  NOT NULL,
    position    INT           NOT NULL,
    code        NVARCHAR(32)  NOT NULL,
    label       NVARCHAR(100) NOT NULL,
    risk_action NVARCHAR(10)  NULL,
    CONSTRAINT pk_list_value PRIMARY KEY (integration, list_name, code)
);

CREATE TABLE free_field_definition (
    integration  NVARCHAR(50)   NOT NULL,
    erp_key      NVARCHAR(64)   NOT NULL,
    name         NVARCHAR(32)   NOT NULL,
    label        NVARCHAR(100)  NOT NULL,
    field_type   NVARCHAR(10)   NOT NULL,
    max_length   INT            NULL,
    list_values  NVARCHAR(MAX)  NULL,
    replicated   BIT            NOT NULL,
    CONSTRAINT pk_free_field_definition PRIMARY KEY (integration, erp_key)
);

CREATE TABLE free_field_value (
    account_id BIGINT         NOT NULL,
    name       NVARCHAR(32)   NOT NULL,
    field_value NVARCHAR(4000) NULL,
    CONSTRAINT pk_free_field_value PRIMARY KEY (account_id, name),
    CONSTRAINT fk_free_field_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- the identity map: ERP record key <-> CRM record, per integration and entity
CREATE TABLE identity_map (
    integration NVARCHAR(50) NOT NULL,
    entity      NVARCHAR(30) NOT NULL,
    erp_key     NVARCHAR(64) NOT NULL,
    crm_id      BIGINT       NOT NULL,
    erp_version BIGINT       NOT NULL,
    -- key and id first: lookups go by lists of keys or ids (an IN list uses only the leading column well)
    CONSTRAINT pk_identity_map PRIMARY KEY (erp_key, entity, integration),
    CONSTRAINT uq_identity_map_crm UNIQUE (crm_id, entity, integration)
);

CREATE TABLE sync_cursor (
    integration NVARCHAR(50)  NOT NULL,
    entity      NVARCHAR(30)  NOT NULL,
    token       NVARCHAR(512) NOT NULL,
    updated_at  DATETIME2     NOT NULL,
    CONSTRAINT pk_sync_cursor PRIMARY KEY (integration, entity)
);

-- CRM changes waiting to go to the ERP; one pending row per record, fields coalesced
CREATE TABLE outbox (
    id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    integration NVARCHAR(50) NOT NULL,
    entity      NVARCHAR(30) NOT NULL,
    crm_id      BIGINT       NOT NULL,
    operation   NVARCHAR(10) NOT NULL,
    erp_key     NVARCHAR(64) NULL,
    state       NVARCHAR(10) NOT NULL,
    batch_id    NVARCHAR(64) NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    created_at  DATETIME2    NOT NULL,
    updated_at  DATETIME2    NOT NULL
);
CREATE INDEX ix_outbox_state ON outbox (integration, state);
CREATE INDEX ix_outbox_record ON outbox (entity, crm_id);

CREATE TABLE outbox_field (
    outbox_id BIGINT         NOT NULL,
    field     NVARCHAR(40)   NOT NULL,
    old_value NVARCHAR(4000) NULL,
    new_value NVARCHAR(4000) NULL,
    CONSTRAINT pk_outbox_field PRIMARY KEY (outbox_id, field),
    CONSTRAINT fk_outbox_field FOREIGN KEY (outbox_id) REFERENCES outbox (id)
);

CREATE TABLE error_queue (
    outbox_id    BIGINT         NOT NULL PRIMARY KEY,
    integration  NVARCHAR(50)   NOT NULL,
    entity       NVARCHAR(30)   NOT NULL,
    crm_id       BIGINT         NOT NULL,
    status       NVARCHAR(12)   NOT NULL,
    field_errors NVARCHAR(MAX)  NULL,
    attempts     INT            NOT NULL,
    stopped      BIT            NOT NULL,
    first_at     DATETIME2      NOT NULL,
    last_at      DATETIME2      NOT NULL,
    CONSTRAINT fk_error_outbox FOREIGN KEY (outbox_id) REFERENCES outbox (id)
);

-- ERP changes of records taken out of the flow (never-sync, not-this-time), applied when they return
CREATE TABLE parked_change (
    integration NVARCHAR(50)  NOT NULL,
    entity      NVARCHAR(30)  NOT NULL,
    erp_key     NVARCHAR(64)  NOT NULL,
    company_id  BIGINT        NOT NULL,
    payload     NVARCHAR(MAX) NOT NULL,
    parked_at   DATETIME2     NOT NULL,
    CONSTRAINT pk_parked_change PRIMARY KEY (integration, entity, erp_key)
);

CREATE TABLE sync_run (
    id          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    integration NVARCHAR(50)  NOT NULL,
    run_mode    NVARCHAR(12)  NOT NULL,
    status      NVARCHAR(10)  NOT NULL,
    started_at  DATETIME2     NOT NULL,
    ended_at    DATETIME2     NULL,
    duration_ms BIGINT        NULL
);
CREATE INDEX ix_sync_run_integration ON sync_run (integration, id);

CREATE TABLE run_count (
    run_id     BIGINT       NOT NULL,
    entity     NVARCHAR(30) NOT NULL,
    direction  NVARCHAR(10) NOT NULL,
    outcome    NVARCHAR(20) NOT NULL,
    quantity   INT          NOT NULL,
    CONSTRAINT pk_run_count PRIMARY KEY (run_id, entity, direction, outcome),
    CONSTRAINT fk_run_count_run FOREIGN KEY (run_id) REFERENCES sync_run (id)
);

CREATE TABLE run_log (
    id         BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    run_id     BIGINT         NOT NULL,
    logged_at  DATETIME2      NOT NULL,
    level      NVARCHAR(7)    NOT NULL,
    kind       NVARCHAR(12)   NOT NULL,
    entity     NVARCHAR(30)   NULL,
    record_ref NVARCHAR(64)   NULL,
    field      NVARCHAR(40)   NULL,
    crm_value  NVARCHAR(4000) NULL,
    erp_value  NVARCHAR(4000) NULL,
    message    NVARCHAR(4000) NOT NULL,
    CONSTRAINT fk_run_log_run FOREIGN KEY (run_id) REFERENCES sync_run (id)
);
CREATE INDEX ix_run_log_run ON run_log (run_id);

-- one run per integration at a time, across processes; a lease so a killed run does not block forever
CREATE TABLE run_lock (
    integration NVARCHAR(50)  NOT NULL PRIMARY KEY,
    owner       NVARCHAR(100) NULL,
    lease_until DATETIME2     NULL
);
