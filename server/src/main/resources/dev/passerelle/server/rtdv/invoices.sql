-- GetInvoices: invoices and credit notes (amounts negated) of one customer account, newest first, with
-- the number of matching rows over all pages. Outer-joined to the account, so that a customer without
-- any answers one row of nulls and an unknown account or a supplier none (see PagedRows).
-- The page is chosen first, by its documents' ids and dates alone (p), and only its rows are read and
-- computed; the count comes from a COUNT(*) of its own (c), so a page past the last one answers the
-- account's row of nulls with the count. A window COUNT(...) OVER () computed every selected column of
-- every matching document of the account: a third of the statement's time at 50-row pages.
-- <namePrefixCondition> is empty for an ordinary account and the customer-name LIKE of a generic
-- account otherwise (see AccountScope); it names the documents d, as both derived tables do.
SELECT d.id, d.doc_number, d.doc_date, d.due_date, d.posted, d.currency,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.net_amount ELSE d.net_amount END AS net_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.gross_amount ELSE d.gross_amount END AS gross_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.paid_amount ELSE d.paid_amount END AS paid_amount,
       CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN d.paid_amount - d.gross_amount
            ELSE d.gross_amount - d.paid_amount END AS remaining_amount,
       c.total_count
FROM account a
CROSS JOIN (SELECT COUNT(*) AS total_count
            FROM document d
            WHERE d.account_id = :account
              AND d.doc_type IN ('INVOICE', 'CREDIT_NOTE')
              <namePrefixCondition>
              AND (:from IS NULL OR d.doc_date >= :from)
              AND (:to IS NULL OR d.doc_date <= :to)
              AND (:unpaidOnly = 0 OR d.gross_amount <> d.paid_amount)) c
LEFT JOIN (SELECT d.id, d.doc_date
           FROM document d
           WHERE d.account_id = :account
             AND d.doc_type IN ('INVOICE', 'CREDIT_NOTE')
             <namePrefixCondition>
             AND (:from IS NULL OR d.doc_date >= :from)
             AND (:to IS NULL OR d.doc_date <= :to)
             AND (:unpaidOnly = 0 OR d.gross_amount <> d.paid_amount)
           ORDER BY d.doc_date DESC, d.id DESC
           OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY) p ON 1 = 1
LEFT JOIN document d ON d.id = p.id
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
ORDER BY p.doc_date DESC, p.id DESC
