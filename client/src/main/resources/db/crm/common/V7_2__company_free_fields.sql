-- A company's free fields are those of its primary account, read through this view rather than copied.
-- A migration of its own: on SQL Server a CREATE VIEW must be alone in its batch.
CREATE VIEW company_free_field AS
SELECT a.company_id, v.name, v.field_value
FROM free_field_value v JOIN account a ON a.id = v.account_id
WHERE a.is_primary = 1 AND a.company_id IS NOT NULL;
