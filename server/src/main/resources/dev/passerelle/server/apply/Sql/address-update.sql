UPDATE delivery_address SET label = :label, street = :street, complement = :complement, postal_code = :postalCode,
    city = :city, region = :region, country = :country, contact_name = :contactName, phone = :phone, is_main = :main
WHERE id = :id AND row_version = :baseVersion
