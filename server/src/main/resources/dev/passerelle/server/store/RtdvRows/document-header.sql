-- GetDocument: one document of a customer account.
SELECT d.id, d.account_id, d.doc_type, d.doc_number, d.doc_date, d.reference, d.customer_name, d.delivery_date,
       d.currency, d.net_amount, d.gross_amount
FROM document d
JOIN account a ON a.id = d.account_id AND a.account_type = 'CUSTOMER'
WHERE d.id = :document
