package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.server.store.Keys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of ledger-entries.sql as the contract's ledger entry. */
final class LedgerEntryMapper implements RowMapper<LedgerEntry> {

    @Override
    public LedgerEntry map(ResultSet rows, StatementContext context) throws SQLException {
        LedgerEntry entry = new LedgerEntry();
        entry.setEntryKey(Keys.of(rows.getLong("id")));
        entry.setJournal(rows.getString("journal"));
        entry.setDate(rows.getObject("entry_date", LocalDate.class));
        entry.setPiece(rows.getString("piece"));
        entry.setDocumentNumber(Blank.asAbsent(rows.getString("document_number")));
        entry.setLabel(rows.getString("label"));
        entry.setDebit(rows.getBigDecimal("debit"));
        entry.setCredit(rows.getBigDecimal("credit"));
        entry.setDueDate(rows.getObject("due_date", LocalDate.class));
        entry.setLettering(Blank.asAbsent(rows.getString("lettering")));
        return entry;
    }
}
