-- The example of client/README.md, "A complete example", statement for statement (ids 9001 to 9004
-- stand for what step 1 answers).
UPDATE id_block SET next_id = next_id + 4 WHERE name = N'record';
SELECT next_id - 4 FROM id_block WHERE name = N'record';
INSERT INTO company (id, name, company_type, vat_number, street, postal_code, city, country, active, created_at, updated_at)
VALUES (9001, N'Fromagerie Durand', N'CUSTOMER', N'FR 40 303 265 045', N'3 rue des Halles', N'69002', N'Lyon', N'FR', 1,
        GETDATE(), GETDATE());
INSERT INTO account (id, integration, company_id, is_primary, account_type, account_code, name, vat_number, dormant,
                     currency, accounting_category, price_category, language, street, postal_code, city, country)
SELECT 9002, N'main', 9001, 1, N'CUSTOMER', N'<AUTOERP>', N'Fromagerie Durand', N'FR 40 303 265 045', 0, N'EUR',
       (SELECT TOP (1) code FROM list_value WHERE integration = N'main' AND list_name = N'accountingCategory' ORDER BY position),
       (SELECT TOP (1) code FROM list_value WHERE integration = N'main' AND list_name = N'priceCategory' ORDER BY position),
       (SELECT TOP (1) code FROM list_value WHERE integration = N'main' AND list_name = N'language' ORDER BY position),
       N'3 rue des Halles', N'69002', N'Lyon', N'FR';
INSERT INTO contact (id, account_id, company_id, last_name, first_name, is_primary, email_main, street, postal_code, city, country)
VALUES (9003, 9002, 9001, N'Durand', N'Anne', 1, N'anne.durand@example.fr', N'3 rue des Halles', N'69002', N'Lyon', N'FR');
INSERT INTO address (id, account_id, company_id, label, street, postal_code, city, country, is_main)
VALUES (9004, 9002, 9001, N'Entrepôt', N'12 chemin du Quai', N'69007', N'Lyon', N'FR', 0);
INSERT INTO outbox (integration, entity, crm_id, operation, state, attempts, created_at, updated_at)
VALUES (N'main', N'ACCOUNT', 9002, N'INSERT', N'PENDING', 0, GETDATE(), GETDATE()),
       (N'main', N'CONTACT', 9003, N'INSERT', N'PENDING', 0, GETDATE(), GETDATE()),
       (N'main', N'DELIVERY_ADDRESS', 9004, N'INSERT', N'PENDING', 0, GETDATE(), GETDATE());
