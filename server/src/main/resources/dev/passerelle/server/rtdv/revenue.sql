-- Revenue of one account: net of invoice lines minus net of credit-note lines, posted or not,
-- for the calendar year starting :thisYear and the one starting :lastYear.
SELECT
    COALESCE(SUM(CASE WHEN d.doc_date >= :thisYear THEN kind.sign * l.net_amount ELSE 0 END), 0) AS this_year,
    COALESCE(SUM(CASE WHEN d.doc_date < :thisYear THEN kind.sign * l.net_amount ELSE 0 END), 0) AS last_year
FROM document d
JOIN (SELECT 'INVOICE' AS doc_type, 1 AS sign UNION ALL SELECT 'CREDIT_NOTE', -1) kind ON kind.doc_type = d.doc_type
JOIN document_line l ON l.document_id = d.id
WHERE d.account_id = :account AND d.doc_date >= :lastYear AND d.doc_date < :nextYear
