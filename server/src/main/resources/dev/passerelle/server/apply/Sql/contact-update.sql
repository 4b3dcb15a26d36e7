UPDATE contact SET civility = :civility, first_name = :firstName, last_name = :lastName, job_function = :function,
    service = :service, phone_main = :phone_main, phone_fax = :phone_fax, phone_mobile = :phone_mobile,
    phone_other = :phone_other, email_main = :email_main, email_invoicing = :email_invoicing, email_other = :email_other
WHERE id = :id AND row_version = :baseVersion
