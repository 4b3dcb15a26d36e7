-- GetInvoices: invoices and credit notes (amounts negated) of one customer account, newest first, with
-- the number of matching rows over all pages. Outer-joined to the account, so that a customer without
-- any answers one row of nulls and an unknown account or a supplier none (see Counted).
-- <namePrefixCondition> is empty for an ordinary account and the customer-name LIKE of a generic
-- account otherwise (see CustomerNamePrefix).
SELECT d.id, d.doc_number, d.doc_date, d.due_date, d.posted, d.currency,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.net_amount ELSE d.net_amount END AS net_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.gross_amount ELSE d.gross_amount END AS gross_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.paid_amount ELSE d.paid_amount END AS paid_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN d.paid_amount - d.gross_amount
            ELSE d.gross_amount - d.paid_amount END AS remaining_amount,
       COUNT(d.id) OVER () AS total_count
FROM account a
LEFT JOIN document d
       ON d.account_id = a.id
      AND d.doc_type IN ('INVOICE', 'CREDIT_NOTE')
      <namePrefixCondition>
      AND (:from IS NULL OR d.doc_date >= :from)
      AND (:to IS NULL OR d.doc_date <= :to)
      AND (:unpaidOnly = 0 OR d.gross_amount <> d.paid_amount)
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
ORDER BY d.doc_date DESC, d.id DESC
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
