-- Fills the columns V7 added from each linked company's primary account (the first one, if a company
-- has one in several integrations). A migration of its own: SQL Server compiles a script as one batch,
-- and an UPDATE naming columns that an ALTER TABLE of the same batch adds fails there.
UPDATE company SET
    phone_main = (SELECT TOP (1) a.phone_main FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    phone_fax = (SELECT TOP (1) a.phone_fax FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    phone_mobile = (SELECT TOP (1) a.phone_mobile FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    phone_other = (SELECT TOP (1) a.phone_other FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    email_main = (SELECT TOP (1) a.email_main FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    email_invoicing = (SELECT TOP (1) a.email_invoicing FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    email_other = (SELECT TOP (1) a.email_other FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    naf_code = (SELECT TOP (1) a.naf_code FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    siret = (SELECT TOP (1) a.siret FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    currency = (SELECT TOP (1) a.currency FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    accounting_category = (SELECT TOP (1) a.accounting_category FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    price_category = (SELECT TOP (1) a.price_category FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    language = (SELECT TOP (1) a.language FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    revenue_year = (SELECT TOP (1) a.revenue_year FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    revenue_currency = (SELECT TOP (1) a.revenue_currency FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    revenue_this_year = (SELECT TOP (1) a.revenue_this_year FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id),
    revenue_last_year = (SELECT TOP (1) a.revenue_last_year FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 ORDER BY a.id)
WHERE EXISTS (SELECT 1 FROM account a WHERE a.company_id = company.id AND a.is_primary = 1);
