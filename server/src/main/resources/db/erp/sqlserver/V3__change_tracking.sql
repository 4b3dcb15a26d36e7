-- Change tracking on SQL Server: rowversion columns (V1) stamp every write; these triggers keep
-- tombstones of deletes and bump the parent record when its lists or free-field values change.

CREATE TRIGGER trg_representative_delete ON representative AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'REPRESENTATIVE', id FROM deleted;
END;
GO

CREATE TRIGGER trg_account_delete ON account AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'ACCOUNT', id FROM deleted;
END;
GO

CREATE TRIGGER trg_delivery_address_delete ON delivery_address AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'DELIVERY_ADDRESS', id FROM deleted;
END;
GO

CREATE TRIGGER trg_contact_delete ON contact AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'CONTACT', id FROM deleted;
END;
GO

CREATE TRIGGER trg_free_field_definition_delete ON free_field_definition AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'FREE_FIELD_DEFINITION', id FROM deleted;
END;
GO

CREATE TRIGGER trg_account_figures_delete ON account_figures AFTER DELETE AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO tombstone (entity, record_id) SELECT 'ACCOUNT_FIGURES', account_id FROM deleted;
END;
GO

CREATE TRIGGER trg_setting_value_touch ON setting_value AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE company SET touch_count = touch_count + 1;
END;
GO

CREATE TRIGGER trg_account_free_value_touch ON account_free_value AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE account SET touch_count = touch_count + 1
    WHERE id IN (SELECT account_id FROM inserted UNION SELECT account_id FROM deleted);
END;
GO
