-- Revenue of one account: net of invoice lines minus net of credit-note lines, posted or not,
-- for the calendar year starting :thisYear and the one starting :lastYear.
SELECT
    COALESCE(SUM(CASE WHEN d.doc_date >= :thisYear THEN signed_net ELSE 0 END), 0) AS this_year,
    COALESCE(SUM(CASE WHEN d.doc_date < :thisYear THEN signed_net ELSE 0 END), 0) AS last_year
FROM (SELECT d.doc_date,
             CASE WHEN d.doc_type = 'CREDIT_NOTE' THEN -l.net_amount ELSE l.net_amount END AS signed_net
        FROM document d
        JOIN document_line l ON l.document_id = d.id
       WHERE d.account_id = :account AND d.doc_type IN ('INVOICE', 'CREDIT_NOTE')
         AND d.doc_date >= :lastYear AND d.doc_date < :nextYear) d
