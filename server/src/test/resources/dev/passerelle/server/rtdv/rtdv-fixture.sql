-- A small ERP whose every RTDV figure is computed by hand in the tests; today is 2026-06-15.
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code, credit_limit, risk_code)
VALUES ('CUSTOMER', 'DUPONT', N'Dupont SA', 'EUR', 'NATIONAL', 'RETAIL', 'FR', 10000.00, 'WATCH');
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code)
VALUES ('CUSTOMER', 'EMPTY', N'Empty Co', 'GBP', 'EXPORT', 'RETAIL', 'EN');
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code)
VALUES ('CUSTOMER', 'DIVERS', N'Clients divers', 'EUR', 'NATIONAL', 'RETAIL', 'FR');
INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code)
VALUES ('SUPPLIER', 'FOURN', N'Fournitures Leblanc', 'EUR', 'NATIONAL', 'RETAIL', 'FR');

-- Dupont SA: invoices, a credit note, an open order, an open delivery note, two quotes.
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FAOLD', '2024-12-20', N'Dupont SA', NULL, NULL, 1, '2025-01-19', 840.00, 'EUR', 700.00, 840.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA001', '2025-11-10', N'Dupont SA', N'Commande 77', NULL, 1, '2025-12-10', 0, 'EUR', 245.00, 294.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA002', '2026-03-01', N'Dupont SA', NULL, NULL, 1, '2026-03-31', 500.00, 'EUR', 500.00, 600.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA003', '2026-06-01', N'Dupont SA', NULL, NULL, 1, '2026-07-01', 0, 'EUR', 1000.00, 1200.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA004', '2026-06-10', N'Dupont SA', NULL, NULL, 0, '2026-07-10', 0, 'EUR', 300.00, 360.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'CREDIT_NOTE', 'AV001', '2026-04-01', N'Dupont SA', NULL, NULL, 1, NULL, 0, 'EUR', 100.00, 120.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'ORDER', 'BC001', '2026-06-05', N'Dupont SA', N'Projet Atlas', '2026-06-20', 0, NULL, 0, 'EUR', 2000.00, 2400.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'DELIVERY_NOTE', 'BL001', '2026-06-12', N'Dupont SA', NULL, '2026-06-12', 0, NULL, 0, 'EUR', 400.00, 480.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'QUOTE', 'DE001', '2026-05-20', N'Dupont SA', N'Devis 50% remise', NULL, 0, NULL, 0, 'EUR', 5000.00, 6000.00 FROM account WHERE code = 'DUPONT';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'QUOTE', 'DE002', '2026-05-20', N'Dupont SA', NULL, NULL, 0, NULL, 0, 'EUR', 10.00, 12.00 FROM account WHERE code = 'DUPONT';

-- Clients divers, a generic account: documents printed for several prospects.
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA101', '2026-05-01', N'Martin SARL', NULL, NULL, 1, '2026-05-31', 0, 'EUR', 100.00, 120.00 FROM account WHERE code = 'DIVERS';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA102', '2026-05-02', N'martin & fils', NULL, NULL, 1, '2026-06-01', 0, 'EUR', 200.00, 240.00 FROM account WHERE code = 'DIVERS';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'INVOICE', 'FA103', '2026-05-03', N'Bernard', NULL, NULL, 1, '2026-06-02', 0, 'EUR', 300.00, 360.00 FROM account WHERE code = 'DIVERS';
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'ORDER', 'BC101', '2026-05-04', N'Martinez', NULL, NULL, 0, NULL, 0, 'EUR', 400.00, 480.00 FROM account WHERE code = 'DIVERS';

-- The supplier's purchase.
INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name, reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount)
SELECT id, 'PURCHASE', 'CF001', '2026-02-01', N'Fournitures Leblanc', NULL, NULL, 0, NULL, 0, 'EUR', 50.00, 60.00 FROM account WHERE code = 'FOURN';

-- Lines: amounts as stored (the header totals are their sums).
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART3', N'Armoire', 7, 100.00, 0, 700.00, 840.00 FROM document WHERE doc_number = 'FAOLD';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 2, 100.00, 0, 200.00, 240.00 FROM document WHERE doc_number = 'FA001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 2, 'ART2', N'Chaise', 1, 50.00, 10, 45.00, 54.00 FROM document WHERE doc_number = 'FA001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 5, 100.00, 0, 500.00, 600.00 FROM document WHERE doc_number = 'FA002';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART3', N'Armoire', 10, 100.00, 0, 1000.00, 1200.00 FROM document WHERE doc_number = 'FA003';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 3, 100.00, 0, 300.00, 360.00 FROM document WHERE doc_number = 'FA004';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau rendu', 1, 100.00, 0, 100.00, 120.00 FROM document WHERE doc_number = 'AV001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART2', N'Chaise', 40, 50.00, 0, 2000.00, 2400.00 FROM document WHERE doc_number = 'BC001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART2', N'Chaise', 8, 50.00, 0, 400.00, 480.00 FROM document WHERE doc_number = 'BL001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART3', N'Armoire', 100, 100.00, 50, 5000.00, 6000.00 FROM document WHERE doc_number = 'DE001';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, NULL, N'Frais de port', 1, 10.00, 0, 10.00, 12.00 FROM document WHERE doc_number = 'DE002';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 1, 100.00, 0, 100.00, 120.00 FROM document WHERE doc_number = 'FA101';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 2, 100.00, 0, 200.00, 240.00 FROM document WHERE doc_number = 'FA102';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART1', N'Bureau', 3, 100.00, 0, 300.00, 360.00 FROM document WHERE doc_number = 'FA103';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART2', N'Chaise', 8, 50.00, 0, 400.00, 480.00 FROM document WHERE doc_number = 'BC101';
INSERT INTO document_line (document_id, line_number, item_reference, description, quantity, unit_price, discount_percent, net_amount, gross_amount)
SELECT id, 1, 'ART9', N'Papier', 10, 5.00, 0, 50.00, 60.00 FROM document WHERE doc_number = 'CF001';

-- Dupont SA's ledger: FAOLD settled (lettered AAA), FA001 unpaid and overdue, FA002 half paid and
-- overdue for 100.00, FA003 not yet due, AV001 credited; FA004 is not posted.
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2024-12-20', 'VTE-FAOLD', 'FAOLD', N'Facture FAOLD', 840.00, 0, '2025-01-19', 'AAA' FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'BQ', '2025-01-15', 'BQ-FAOLD', 'FAOLD', N'Règlement FAOLD', 0, 840.00, NULL, 'AAA' FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2025-11-10', 'VTE-FA001', 'FA001', N'Facture FA001', 294.00, 0, '2025-12-10', NULL FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2026-03-01', 'VTE-FA002', 'FA002', N'Facture FA002', 600.00, 0, '2026-03-31', NULL FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'BQ', '2026-03-20', 'BQ-FA002', 'FA002', N'Règlement FA002', 0, 500.00, NULL, NULL FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2026-04-01', 'VTE-AV001', 'AV001', N'Avoir AV001', 0, 120.00, NULL, NULL FROM account WHERE code = 'DUPONT';
INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number, label, debit, credit, due_date, lettering)
SELECT id, 'VTE', '2026-06-01', 'VTE-FA003', 'FA003', N'Facture FA003', 1200.00, 0, '2026-07-01', NULL FROM account WHERE code = 'DUPONT';
