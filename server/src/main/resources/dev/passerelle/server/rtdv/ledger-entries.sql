-- GetLedgerEntries: the ledger entries of one account, newest first, with the number of matching
-- rows over all pages.
SELECT e.id, e.journal, e.entry_date, e.piece, e.document_number, e.label, e.debit, e.credit, e.due_date,
       e.lettering,
       COUNT(*) OVER () AS total_count
FROM ledger_entry e
WHERE e.account_id = :account
  AND (:from IS NULL OR e.entry_date >= :from)
  AND (:to IS NULL OR e.entry_date <= :to)
  AND (:unletteredOnly = 0 OR e.lettering IS NULL)
ORDER BY e.entry_date DESC, e.id DESC
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
