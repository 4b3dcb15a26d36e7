-- GetLedgerEntries: the ledger entries of one customer account, newest first, with the number of
-- matching rows over all pages. Outer-joined to the account, so that a customer without any answers
-- one row of nulls and an unknown account or a supplier none (see Counted).
SELECT e.id, e.journal, e.entry_date, e.piece, e.document_number, e.label, e.debit, e.credit, e.due_date,
       e.lettering,
       COUNT(e.id) OVER () AS total_count
FROM account a
LEFT JOIN ledger_entry e
       ON e.account_id = a.id
      AND (:from IS NULL OR e.entry_date >= :from)
      AND (:to IS NULL OR e.entry_date <= :to)
      AND (:unletteredOnly = 0 OR e.lettering IS NULL)
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
ORDER BY e.entry_date DESC, e.id DESC
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
