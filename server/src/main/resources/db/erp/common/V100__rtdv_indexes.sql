-- RTDV: the invoice, document and totals queries select one account's documents of some types by
-- date; without this index the embedded database prefers the (doc_type, doc_number) unique index
-- and walks every invoice of every account.
CREATE INDEX ix_document_account_type_date ON document (account_id, doc_type, doc_date);
