-- When crm-sync watch last found an integration with nothing to exchange. Such a turn records no run
-- (at a 1-second interval that would be 86,400 runs a day): this row alone says that the integration
-- was up to date then, for the watch's health and for crm-sync status. Valid on SQL Server and H2.
CREATE TABLE idle_check (
    integration NVARCHAR(50) NOT NULL PRIMARY KEY,
    checked_at  DATETIME2    NOT NULL
);
