-- Phones and e-mails of accounts and contacts become columns of their owner's row: the columns here,
-- the values moved by V4_1. Valid on SQL Server and on H2 in MODE=MSSQLServer. An owner had at most
-- one number or address of each type (the contract's closed lists: phones MAIN, FAX, MOBILE, OTHER;
-- e-mails MAIN, INVOICING, OTHER), so one column per type holds the same data; the separate tables
-- made a first sync write about 870,000 more rows and B-tree entries for 100,000 accounts.

ALTER TABLE account ADD phone_main NVARCHAR(32) NULL;
ALTER TABLE account ADD phone_fax NVARCHAR(32) NULL;
ALTER TABLE account ADD phone_mobile NVARCHAR(32) NULL;
ALTER TABLE account ADD phone_other NVARCHAR(32) NULL;
ALTER TABLE account ADD email_main NVARCHAR(100) NULL;
ALTER TABLE account ADD email_invoicing NVARCHAR(100) NULL;
ALTER TABLE account ADD email_other NVARCHAR(100) NULL;

ALTER TABLE contact ADD phone_main NVARCHAR(32) NULL;
ALTER TABLE contact ADD phone_fax NVARCHAR(32) NULL;
ALTER TABLE contact ADD phone_mobile NVARCHAR(32) NULL;
ALTER TABLE contact ADD phone_other NVARCHAR(32) NULL;
ALTER TABLE contact ADD email_main NVARCHAR(100) NULL;
ALTER TABLE contact ADD email_invoicing NVARCHAR(100) NULL;
ALTER TABLE contact ADD email_other NVARCHAR(100) NULL;
