-- ERP accounts and history for the CRM-side RTDV tests; every figure is computed by hand in them.
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code, credit_limit, risk_code)
VALUES ('CUSTOMER', 'DUPONT', N'Dupont SA', 'EUR', 'NATIONAL', 'RETAIL', 'FR', 1000.00, 'STOP');
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code)
VALUES ('CUSTOMER', 'DIVERSM', N'Clients divers M', 'EUR', 'NATIONAL', 'RETAIL', 'FR');
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA001', '2020-01-10', N'Dupont SA', N'Commande 12', 1, '2020-02-09', 0, 'EUR', 100.00, 120.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'ORDER', 'BC001', '2020-03-01', N'Dupont SA', NULL, 0, NULL, 0, 'EUR', 200.00, 240.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA101', '2020-04-01', N'Martin SARL', NULL, 1, '2020-05-01', 0, 'EUR', 50.00, 60.00 FROM account WHERE code = 'DIVERSM';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA102', '2020-04-02', N'Bernard', NULL, 1, '2020-05-02', 0, 'EUR', 70.00, 84.00 FROM account WHERE code = 'DIVERSM';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 1, 100.00, 0, 100.00, 120.00 FROM document WHERE doc_number = 'FA001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART2', N'Chaise', 4, 50.00, 0, 200.00, 240.00 FROM document WHERE doc_number = 'BC001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART2', N'Chaise', 1, 50.00, 0, 50.00, 60.00 FROM document WHERE doc_number = 'FA101';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART3', N'Lampe', 1, 70.00, 0, 70.00, 84.00 FROM document WHERE doc_number = 'FA102';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2020-01-10', 'VTE-FA001', 'FA001', N'Facture FA001', 120.00, 0, '2020-02-09', NULL FROM account WHERE code = 'DUPONT';
