-- Fields that travel ERP to CRM only (collective account, paying account, payment terms, risk code,
-- free-field values) are never written from the CRM.
UPDATE account SET account_type = :type, code = :code, name = :name, short_name = :shortName,
    contact_person = :contactPerson, website = :website, dormant = :dormant, naf_code = :nafCode, siret = :siret,
    vat_number = :vatNumber, currency = :currency, accounting_category = :accountingCategory,
    price_category = :priceCategory, language_code = :language, street = :street, complement = :complement,
    postal_code = :postalCode, city = :city, region = :region, country = :country, phone_main = :phone_main,
    phone_fax = :phone_fax, phone_mobile = :phone_mobile, phone_other = :phone_other, email_main = :email_main,
    email_invoicing = :email_invoicing, email_other = :email_other, representative_id = :representativeId,
    credit_limit = :creditLimit
WHERE id = :id AND row_version = :baseVersion
