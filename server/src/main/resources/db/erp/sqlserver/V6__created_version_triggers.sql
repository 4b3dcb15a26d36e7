-- SQL Server: record the rowversion a row was created with (the H2 version trigger does the same).
-- The update gives the row a newer rowversion, so the insert itself is still delivered.

CREATE TRIGGER trg_representative_created ON representative AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM representative t JOIN inserted i ON i.id = t.id;
END;
GO

CREATE TRIGGER trg_account_created ON account AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM account t JOIN inserted i ON i.id = t.id;
END;
GO

CREATE TRIGGER trg_delivery_address_created ON delivery_address AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM delivery_address t JOIN inserted i ON i.id = t.id;
END;
GO

CREATE TRIGGER trg_contact_created ON contact AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM contact t JOIN inserted i ON i.id = t.id;
END;
GO

CREATE TRIGGER trg_free_field_definition_created ON free_field_definition AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM free_field_definition t JOIN inserted i ON i.id = t.id;
END;
GO

CREATE TRIGGER trg_account_figures_created ON account_figures AFTER INSERT AS
BEGIN
    SET NOCOUNT ON;
    UPDATE t SET created_version = t.row_version FROM account_figures t JOIN inserted i ON i.account_id = t.account_id;
END;
GO
