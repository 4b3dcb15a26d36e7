-- A CRM user's password for the web console (crm-sync users passwd): a salted PBKDF2 hash in the
-- scheme of the ERP endpoint's users file, never the password. NULL: the user cannot log in to the
-- console (commands with --user are not concerned). Valid on SQL Server and on H2 in MODE=MSSQLServer.
ALTER TABLE crm_user ADD password_hash NVARCHAR(200) NULL;
