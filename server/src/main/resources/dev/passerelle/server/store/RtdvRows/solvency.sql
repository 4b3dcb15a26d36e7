-- The figures of GetSolvency for one account. In this ERP a document changes type when it is
-- transformed (order -> delivery note -> invoice), so an ORDER still on file is not delivered yet and
-- a DELIVERY_NOTE still on file is not invoiced yet. Unposted credit notes reduce unposted invoices.
-- An entry is settled once lettered; an unlettered debit entry still owes its amount minus the
-- unlettered credits (payments) carrying the same document number; it is overdue when its due date
-- is before :today. The payments of each document number are summed in one pass over the account's
-- entries (a window), where a subquery per debit entry read them all again for each one.
SELECT
    (SELECT COALESCE(SUM(e.debit - e.credit), 0)
       FROM ledger_entry e WHERE e.account_id = :account) AS accounting_balance,
    (SELECT COALESCE(SUM(d.gross_amount), 0)
       FROM document d WHERE d.account_id = :account AND d.doc_type = 'ORDER') AS open_orders,
    (SELECT COALESCE(SUM(d.gross_amount), 0)
       FROM document d WHERE d.account_id = :account AND d.doc_type = 'DELIVERY_NOTE') AS open_delivery_notes,
    (SELECT COALESCE(SUM(CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -d.gross_amount ELSE d.gross_amount END), 0)
       FROM document d
      WHERE d.account_id = :account AND d.doc_type IN ('INVOICE', 'CREDIT_NOTE') AND d.posted = 0) AS unposted_invoices,
    (SELECT COALESCE(SUM(CASE WHEN owed.remaining > 0 THEN owed.remaining ELSE 0 END), 0)
       FROM (SELECT e.debit - CASE WHEN e.document_number IS NULL THEN 0
                                   ELSE SUM(CASE WHEN e.lettering IS NULL AND e.credit > 0 THEN e.credit ELSE 0 END)
                                        OVER (PARTITION BY e.document_number) END AS remaining,
                    e.lettering, e.debit, e.due_date
               FROM ledger_entry e
              WHERE e.account_id = :account) owed
      WHERE owed.lettering IS NULL AND owed.debit > 0 AND owed.due_date < :today) AS overdue_amount
