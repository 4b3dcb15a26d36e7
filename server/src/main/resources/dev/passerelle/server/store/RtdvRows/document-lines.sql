-- GetDocumentLines: lines of one customer account's documents, newest document first, lines in order,
-- with the number of matching rows over all pages. Outer-joined to the account, so that a customer
-- without any answers one row of nulls and an unknown account or a supplier none (see Counted).
-- <namePrefixCondition>: the customer-name LIKE of a generic account, empty otherwise (CustomerNamePrefix).
SELECT d.id AS document_id, d.doc_type, d.doc_number, d.doc_date,
       l.line_number, l.item_reference, l.description, l.quantity, l.unit_price, l.discount_percent,
       l.net_amount, l.gross_amount,
       COUNT(l.document_id) OVER () AS total_count
FROM account a
LEFT JOIN (document d JOIN document_line l ON l.document_id = d.id)
       ON d.account_id = a.id
      AND d.doc_type IN (<types>)
      <namePrefixCondition>
      AND (:from IS NULL OR d.doc_date >= :from)
      AND (:to IS NULL OR d.doc_date <= :to)
      AND (:documentNumber IS NULL OR d.doc_number = :documentNumber)
      AND (:itemReference IS NULL OR l.item_reference = :itemReference)
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
ORDER BY d.doc_date DESC, d.id DESC, l.line_number
OFFSET :offset ROWS FETCH NEXT :pageSize ROWS ONLY
