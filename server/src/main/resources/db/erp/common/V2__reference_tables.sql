-- Reference ERP schema, tables identical on SQL Server and H2: company lists, free-field values,
-- commercial documents and their lines, ledger entries, and the endpoint's own bookkeeping.

-- Values of the company's lists: CURRENCY, ACCOUNTING_CATEGORY, PRICE_CATEGORY, LANGUAGE,
-- CONTACT_SERVICE, PAYMENT_TERMS, RISK_CODE. The lowest list_position is the list's default.
CREATE TABLE setting_value (
    id            BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    list_name     VARCHAR(32)   NOT NULL,
    code          NVARCHAR(32)  NOT NULL,
    label         NVARCHAR(100) NOT NULL,
    list_position INT           NOT NULL,
    risk_action   VARCHAR(16)   NULL,
    CONSTRAINT uq_setting_value UNIQUE (list_name, code)
);

CREATE TABLE account_free_value (
    account_id  BIGINT         NOT NULL,
    field_id    BIGINT         NOT NULL,
    field_value NVARCHAR(4000) NULL,
    CONSTRAINT pk_account_free_value PRIMARY KEY (account_id, field_id),
    CONSTRAINT fk_account_free_value_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_account_free_value_field FOREIGN KEY (field_id) REFERENCES free_field_definition (id)
);

-- Commercial documents: QUOTE, ORDER, PREPARATION, DELIVERY_NOTE, RETURN, PURCHASE, INVOICE,
-- CREDIT_NOTE. posted, due_date and paid_amount matter for invoices and credit notes.
CREATE TABLE document (
    id            BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    account_id    BIGINT        NOT NULL,
    doc_type      VARCHAR(16)   NOT NULL,
    doc_number    NVARCHAR(32)  NOT NULL,
    doc_date      DATE          NOT NULL,
    customer_name NVARCHAR(100) NOT NULL,
    reference     NVARCHAR(100) NULL,
    delivery_date DATE          NULL,
    posted        BIT           NOT NULL DEFAULT 0,
    due_date      DATE          NULL,
    paid_amount   DECIMAL(19,4) NOT NULL DEFAULT 0,
    currency      CHAR(3)       NOT NULL,
    net_amount    DECIMAL(19,4) NOT NULL,
    gross_amount  DECIMAL(19,4) NOT NULL,
    CONSTRAINT uq_document_number UNIQUE (doc_type, doc_number),
    CONSTRAINT fk_document_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_document_account_date ON document (account_id, doc_date);

CREATE TABLE document_line (
    id               BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    document_id      BIGINT        NOT NULL,
    line_number      INT           NOT NULL,
    item_reference   NVARCHAR(32)  NULL,
    description      NVARCHAR(100) NOT NULL,
    quantity         DECIMAL(19,4) NOT NULL,
    unit_price       DECIMAL(19,4) NOT NULL,
    discount_percent DECIMAL(9,4)  NOT NULL DEFAULT 0,
    net_amount       DECIMAL(19,4) NOT NULL,
    gross_amount     DECIMAL(19,4) NOT NULL,
    CONSTRAINT uq_document_line UNIQUE (document_id, line_number),
    CONSTRAINT fk_document_line_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- Customer ledger: debits (invoices), credits (payments, credit notes); entries settled together
-- share a lettering code.
CREATE TABLE ledger_entry (
    id              BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    journal         NVARCHAR(8)   NOT NULL,
    entry_date      DATE          NOT NULL,
    piece           NVARCHAR(32)  NOT NULL,
    document_number NVARCHAR(32)  NULL,
    label           NVARCHAR(100) NOT NULL,
    debit           DECIMAL(19,4) NOT NULL DEFAULT 0,
    credit          DECIMAL(19,4) NOT NULL DEFAULT 0,
    due_date        DATE          NULL,
    lettering       NVARCHAR(8)   NULL,
    CONSTRAINT fk_ledger_entry_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_ledger_entry_account_date ON ledger_entry (account_id, entry_date);

-- Numbering of account codes allocated for <AUTOERP>.
CREATE TABLE code_sequence (
    name       VARCHAR(32) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
INSERT INTO code_sequence (name, next_value) VALUES ('ACCOUNT', 1);

-- Tombstones up to this version were purged: older change tokens are expired.
CREATE TABLE tombstone_purge (
    id             INT    NOT NULL PRIMARY KEY,
    purged_through BIGINT NOT NULL
);
INSERT INTO tombstone_purge (id, purged_through) VALUES (1, 0);

-- Answers of ApplyChanges batches already processed, replayed when the same batch id comes again.
CREATE TABLE processed_batch (
    batch_id     NVARCHAR(64)  NOT NULL PRIMARY KEY,
    caller       NVARCHAR(100) NOT NULL,
    processed_at DATETIME2     NOT NULL,
    answer       NVARCHAR(MAX) NOT NULL
);

-- Client references of applied inserts: an INSERT sent again answers DUPLICATE with the same key.
CREATE TABLE applied_insert (
    entity     VARCHAR(32)  NOT NULL,
    client_ref NVARCHAR(64) NOT NULL,
    record_id  BIGINT       NOT NULL,
    CONSTRAINT pk_applied_insert PRIMARY KEY (entity, client_ref)
);
