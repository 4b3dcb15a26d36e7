package dev.passerelle.server.store;

import dev.passerelle.contract.v1.AccountFigures;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Revenue this year and last, keyed by the account. */
final class AccountFiguresTable implements TrackedTable<AccountFigures> {

    @Override
    public EntityType entity() {
        return EntityType.ACCOUNT_FIGURES;
    }

    @Override
    public String from() {
        return "account_figures t";
    }

    @Override
    public String idColumn() {
        return "account_id";
    }

    @Override
    public String columns() {
        return "t.account_id, t.row_version, t.currency, t.fiscal_year, t.revenue_this_year, t.revenue_last_year";
    }

    @Override
    public AccountFigures map(ResultSet rows) throws SQLException {
        AccountFigures figures = new AccountFigures();
        figures.setKey(Keys.of(rows.getLong("account_id")));
        figures.setVersion(rows.getLong("row_version"));
        figures.setCurrency(Columns.trimmed(rows, "currency"));
        figures.setYear(rows.getInt("fiscal_year"));
        figures.setRevenueThisYear(Columns.amount(rows, "revenue_this_year"));
        figures.setRevenueLastYear(Columns.amount(rows, "revenue_last_year"));
        return figures;
    }

    @Override
    public void attach(Change change, AccountFigures record) {
        change.setAccountFigures(record);
    }
}
