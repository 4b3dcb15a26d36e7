-- A customer account with what GetSolvency shows of it; suppliers answer nothing.
SELECT a.id, a.code, a.currency, a.credit_limit, a.risk_code, r.label AS risk_label, r.risk_action
FROM account a
LEFT JOIN setting_value r ON r.list_name = 'RISK_CODE' AND r.code = a.risk_code
WHERE a.id = :account AND a.account_type = 'CUSTOMER'
