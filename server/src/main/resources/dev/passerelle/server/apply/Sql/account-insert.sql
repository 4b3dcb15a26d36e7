INSERT INTO account (account_type, code, name, short_name, contact_person, website, dormant, naf_code, siret, vat_number,
    currency, accounting_category, price_category, language_code, street, complement, postal_code, city, region, country,
    phone_main, phone_fax, phone_mobile, phone_other, email_main, email_invoicing, email_other, representative_id,
    credit_limit, collective_account, payment_terms, risk_code)
VALUES (:type, :code, :name, :shortName, :contactPerson, :website, :dormant, :nafCode, :siret, :vatNumber,
    :currency, :accountingCategory, :priceCategory, :language, :street, :complement, :postalCode, :city, :region, :country,
    :phone_main, :phone_fax, :phone_mobile, :phone_other, :email_main, :email_invoicing, :email_other, :representativeId,
    :creditLimit, :collectiveAccount, :paymentTerms, :riskCode)
