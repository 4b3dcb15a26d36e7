INSERT INTO delivery_address (account_id, label, street, complement, postal_code, city, region, country, contact_name,
    phone, is_main)
VALUES (:accountId, :label, :street, :complement, :postalCode, :city, :region, :country, :contactName, :phone, :main)
