-- Phones and e-mails of accounts and contacts become columns of their owner's row. Valid on SQL Server
-- and on H2 in MODE=MSSQLServer. An owner had at most one number or address of each type (the
-- contract's closed lists: phones MAIN, FAX, MOBILE, OTHER; e-mails MAIN, INVOICING, OTHER), so one
-- column per type holds the same data; the separate tables made a first sync write about 870,000 more
-- rows and B-tree entries for 100,000 accounts.

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

UPDATE account SET
    phone_main = (SELECT p.number FROM phone p
                  WHERE p.owner_entity = N'ACCOUNT' AND p.owner_id = account.id AND p.phone_type = N'MAIN'),
    phone_fax = (SELECT p.number FROM phone p
                 WHERE p.owner_entity = N'ACCOUNT' AND p.owner_id = account.id AND p.phone_type = N'FAX'),
    phone_mobile = (SELECT p.number FROM phone p
                    WHERE p.owner_entity = N'ACCOUNT' AND p.owner_id = account.id AND p.phone_type = N'MOBILE'),
    phone_other = (SELECT p.number FROM phone p
                   WHERE p.owner_entity = N'ACCOUNT' AND p.owner_id = account.id AND p.phone_type = N'OTHER'),
    email_main = (SELECT e.address FROM email e
                  WHERE e.owner_entity = N'ACCOUNT' AND e.owner_id = account.id AND e.email_type = N'MAIN'),
    email_invoicing = (SELECT e.address FROM email e
                       WHERE e.owner_entity = N'ACCOUNT' AND e.owner_id = account.id AND e.email_type = N'INVOICING'),
    email_other = (SELECT e.address FROM email e
                   WHERE e.owner_entity = N'ACCOUNT' AND e.owner_id = account.id AND e.email_type = N'OTHER')
WHERE EXISTS (SELECT 1 FROM phone p WHERE p.owner_entity = N'ACCOUNT' AND p.owner_id = account.id)
   OR EXISTS (SELECT 1 FROM email e WHERE e.owner_entity = N'ACCOUNT' AND e.owner_id = account.id);

UPDATE contact SET
    phone_main = (SELECT p.number FROM phone p
                  WHERE p.owner_entity = N'CONTACT' AND p.owner_id = contact.id AND p.phone_type = N'MAIN'),
    phone_fax = (SELECT p.number FROM phone p
                 WHERE p.owner_entity = N'CONTACT' AND p.owner_id = contact.id AND p.phone_type = N'FAX'),
    phone_mobile = (SELECT p.number FROM phone p
                    WHERE p.owner_entity = N'CONTACT' AND p.owner_id = contact.id AND p.phone_type = N'MOBILE'),
    phone_other = (SELECT p.number FROM phone p
                   WHERE p.owner_entity = N'CONTACT' AND p.owner_id = contact.id AND p.phone_type = N'OTHER'),
    email_main = (SELECT e.address FROM email e
                  WHERE e.owner_entity = N'CONTACT' AND e.owner_id = contact.id AND e.email_type = N'MAIN'),
    email_invoicing = (SELECT e.address FROM email e
                       WHERE e.owner_entity = N'CONTACT' AND e.owner_id = contact.id AND e.email_type = N'INVOICING'),
    email_other = (SELECT e.address FROM email e
                   WHERE e.owner_entity = N'CONTACT' AND e.owner_id = contact.id AND e.email_type = N'OTHER')
WHERE EXISTS (SELECT 1 FROM phone p WHERE p.owner_entity = N'CONTACT' AND p.owner_id = contact.id)
   OR EXISTS (SELECT 1 FROM email e WHERE e.owner_entity = N'CONTACT' AND e.owner_id = contact.id);

DROP TABLE phone;
DROP TABLE email;
