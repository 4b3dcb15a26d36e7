-- Removes what rtdv-fixture.sql inserted, so that a shared SQL Server database can run it again.
DELETE FROM ledger_entry WHERE account_id IN (SELECT id FROM account WHERE code IN ('DUPONT', 'EMPTY', 'DIVERS', 'FOURN'));
DELETE FROM document_line WHERE document_id IN (SELECT d.id FROM document d JOIN account a ON a.id = d.account_id WHERE a.code IN ('DUPONT', 'EMPTY', 'DIVERS', 'FOURN'));
DELETE FROM document WHERE account_id IN (SELECT id FROM account WHERE code IN ('DUPONT', 'EMPTY', 'DIVERS', 'FOURN'));
DELETE FROM account WHERE code IN ('DUPONT', 'EMPTY', 'DIVERS', 'FOURN');
