-- The phones and e-mails of the phone and email tables move into the columns V4 added, each under its
-- owner and type; then the tables go. Valid on SQL Server and on H2 in MODE=MSSQLServer. A migration
-- of its own: SQL Server compiles a script as one batch, and an UPDATE naming columns that an ALTER
-- TABLE of the same batch adds fails there ("Invalid column name").

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
