INSERT INTO contact (account_id, civility, first_name, last_name, job_function, service, phone_main, phone_fax,
    phone_mobile, phone_other, email_main, email_invoicing, email_other)
VALUES (:accountId, :civility, :firstName, :lastName, :function, :service, :phone_main, :phone_fax,
    :phone_mobile, :phone_other, :email_main, :email_invoicing, :email_other)
