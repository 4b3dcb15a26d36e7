-- The company mirrors more of its primary account, as the integration guide has it: phones, e-mails,
-- NAF and SIRET, currency, categories, language and the replicated revenue (its free fields are the
-- view company_free_field of V7_2). A company without an account holds them as typed in the CRM. Valid
-- on SQL Server and on H2 in MODE=MSSQLServer; V7_1 fills them for the companies already linked.
ALTER TABLE company ADD phone_main NVARCHAR(32) NULL;
ALTER TABLE company ADD phone_fax NVARCHAR(32) NULL;
ALTER TABLE company ADD phone_mobile NVARCHAR(32) NULL;
ALTER TABLE company ADD phone_other NVARCHAR(32) NULL;
ALTER TABLE company ADD email_main NVARCHAR(100) NULL;
ALTER TABLE company ADD email_invoicing NVARCHAR(100) NULL;
ALTER TABLE company ADD email_other NVARCHAR(100) NULL;
ALTER TABLE company ADD naf_code NVARCHAR(32) NULL;
ALTER TABLE company ADD siret NVARCHAR(32) NULL;
ALTER TABLE company ADD currency NVARCHAR(3) NULL;
ALTER TABLE company ADD accounting_category NVARCHAR(32) NULL;
ALTER TABLE company ADD price_category NVARCHAR(32) NULL;
ALTER TABLE company ADD language NVARCHAR(32) NULL;
ALTER TABLE company ADD revenue_year INT NULL;
ALTER TABLE company ADD revenue_currency NVARCHAR(3) NULL;
ALTER TABLE company ADD revenue_this_year DECIMAL(19,4) NULL;
ALTER TABLE company ADD revenue_last_year DECIMAL(19,4) NULL;

