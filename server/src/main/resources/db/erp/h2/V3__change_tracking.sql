-- Change tracking on H2: Java triggers running in the endpoint's JVM (package
-- dev.passerelle.server.changes.h2). Plain-SQL writes are tracked like the endpoint's own.
CREATE TRIGGER trg_company_version BEFORE INSERT, UPDATE ON company FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_representative_version BEFORE INSERT, UPDATE ON representative FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_account_version BEFORE INSERT, UPDATE ON account FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_delivery_address_version BEFORE INSERT, UPDATE ON delivery_address FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_contact_version BEFORE INSERT, UPDATE ON contact FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_free_field_definition_version BEFORE INSERT, UPDATE ON free_field_definition FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_account_figures_version BEFORE INSERT, UPDATE ON account_figures FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';
CREATE TRIGGER trg_tombstone_version BEFORE INSERT, UPDATE ON tombstone FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.VersionStampTrigger';

CREATE TRIGGER trg_representative_delete AFTER DELETE ON representative FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';
CREATE TRIGGER trg_account_delete AFTER DELETE ON account FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';
CREATE TRIGGER trg_delivery_address_delete AFTER DELETE ON delivery_address FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';
CREATE TRIGGER trg_contact_delete AFTER DELETE ON contact FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';
CREATE TRIGGER trg_free_field_definition_delete AFTER DELETE ON free_field_definition FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';
CREATE TRIGGER trg_account_figures_delete AFTER DELETE ON account_figures FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TombstoneTrigger';

CREATE TRIGGER trg_setting_value_touch AFTER INSERT, UPDATE, DELETE ON setting_value FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TouchParentTrigger';
CREATE TRIGGER trg_account_free_value_touch AFTER INSERT, UPDATE, DELETE ON account_free_value FOR EACH ROW CALL 'dev.passerelle.server.changes.h2.TouchParentTrigger';
