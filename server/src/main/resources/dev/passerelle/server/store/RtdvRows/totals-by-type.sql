-- GetTotals: documents of one account dated in the period, by type, from the amounts on their lines.
SELECT d.doc_type,
       COUNT(DISTINCT d.id) AS document_count,
       COALESCE(SUM(l.net_amount), 0) AS net_amount,
       COALESCE(SUM(l.gross_amount), 0) AS gross_amount
FROM document d
LEFT JOIN document_line l ON l.document_id = d.id
WHERE d.account_id = :account AND d.doc_date >= :from AND d.doc_date <= :to
GROUP BY d.doc_type
