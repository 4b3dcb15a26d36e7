-- GetDocumentLines: lines of one account's documents, newest document first, lines in order, with
-- the number of matching rows over all pages.
-- <namePrefixCondition>: the customer-name LIKE of a generic account, empty otherwise (AccountScope).
SELECT d.id AS document_id, d.doc_type, d.doc_number, d.doc_date,
       l.line_number, l.item_reference, l.description, l.quantity, l.unit_price, l.discount_percent,
       l.net_amount, l.gross_amount,
       COUNT(*) OVER () AS total_count
FROM document d
JOIN document_line l ON l.document_id = d.id
WHERE d.account_id = :account
  AND d.doc_type IN (<types>)
  <namePrefixCondition>
  AND (:from IS NULL OR d.doc_date >= :from)
  AND (:to IS NULL OR d.doc_date <= :to)
  AND (:documentNumber IS NULL OR d.doc_number = :documentNumber)
  AND (:itemReference IS NULL OR l.item_reference = :itemReference)
ORDER BY d.doc_date DESC, d.id DESC, l.line_number
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
