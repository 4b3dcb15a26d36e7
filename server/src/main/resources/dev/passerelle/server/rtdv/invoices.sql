-- GetInvoices: invoices and credit notes (amounts negated) of one account, newest first, with the
-- number of matching rows over all pages.
SELECT d.id, d.doc_number, d.doc_date, d.due_date, d.posted, d.currency,
       kind.sign * d.net_amount AS net_amount,
       kind.sign * d.gross_amount AS gross_amount,
       kind.sign * d.paid_amount AS paid_amount,
       kind.sign * (d.gross_amount - d.paid_amount) AS remaining_amount,
       COUNT(*) OVER () AS total_count
FROM document d
JOIN (SELECT 'INVOICE' AS doc_type, 1 AS sign UNION ALL SELECT 'CREDIT_NOTE', -1) kind ON kind.doc_type = d.doc_type
WHERE d.account_id = :account
  AND (:namePrefix IS NULL OR UPPER(d.customer_name) LIKE UPPER(:namePrefix) ESCAPE '!')
  AND (:from IS NULL OR d.doc_date >= :from)
  AND (:to IS NULL OR d.doc_date <= :to)
  AND (:unpaidOnly = 0 OR d.gross_amount <> d.paid_amount)
ORDER BY d.doc_date DESC, d.id DESC
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
