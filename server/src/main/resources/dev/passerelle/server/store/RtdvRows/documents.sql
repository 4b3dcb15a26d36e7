-- GetDocuments: document headers of one customer account, newest first, with the number of matching
-- rows over all pages. Outer-joined to the account, so that a customer without any answers one row of
-- nulls and an unknown account or a supplier none (see Counted). :search is a LIKE pattern (escape
-- character !) matched ignoring case.
-- <namePrefixCondition>: the customer-name LIKE of a generic account, empty otherwise (CustomerNamePrefix).
SELECT d.id, d.doc_type, d.doc_number, d.doc_date, d.reference, d.customer_name, d.delivery_date, d.currency,
       d.net_amount, d.gross_amount,
       COUNT(d.id) OVER () AS total_count
FROM account a
LEFT JOIN document d
       ON d.account_id = a.id
      AND d.doc_type IN (<types>)
      <namePrefixCondition>
      AND (:from IS NULL OR d.doc_date >= :from)
      AND (:to IS NULL OR d.doc_date <= :to)
      AND (:search IS NULL
           OR UPPER(d.doc_number) LIKE UPPER(:search) ESCAPE '!'
           OR UPPER(d.reference) LIKE UPPER(:search) ESCAPE '!'
           OR UPPER(d.customer_name) LIKE UPPER(:search) ESCAPE '!')
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
ORDER BY d.doc_date DESC, d.id DESC
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
