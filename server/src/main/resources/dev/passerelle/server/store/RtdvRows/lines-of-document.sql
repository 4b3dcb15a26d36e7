-- GetDocument: the lines of one document, in order.
SELECT d.id AS document_id, d.doc_type, d.doc_number, d.doc_date,
       l.line_number, l.item_reference, l.description, l.quantity, l.unit_price, l.discount_percent,
       l.net_amount, l.gross_amount
FROM document d
JOIN document_line l ON l.document_id = d.id
WHERE d.id = :document
ORDER BY l.line_number
