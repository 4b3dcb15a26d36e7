package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.RiskAction;
import dev.passerelle.contract.v1.Solvency;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows;
import dev.passerelle.server.store.RtdvRows.CustomerAccountRow;
import dev.passerelle.server.store.RtdvRows.SolvencyRow;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** GetSolvency: balances of one customer account, in one statement (RtdvRows/solvency.sql states the rules). */
final class SolvencyQuery {

    private SolvencyQuery() {
    }

    static Solvency answer(RtdvRows rows, CustomerAccountRow account, OffsetDateTime now) {
        SolvencyRow figures = rows.solvency(account.id(), now.toLocalDate());
        Solvency solvency = new Solvency();
        solvency.setAccountingBalance(figures.accountingBalance());
        solvency.setOpenOrders(figures.openOrders());
        solvency.setOpenDeliveryNotes(figures.openDeliveryNotes());
        solvency.setUnpostedInvoices(figures.unpostedInvoices());
        solvency.setOverdueAmount(figures.overdueAmount());
        solvency.setAccountKey(Keys.of(account.id()));
        solvency.setAccountCode(account.code());
        solvency.setCurrency(account.currency());
        BigDecimal commercial = solvency.getAccountingBalance().add(solvency.getOpenOrders())
                .add(solvency.getOpenDeliveryNotes()).add(solvency.getUnpostedInvoices());
        solvency.setCommercialBalance(commercial);
        if (account.creditLimit() != null) {
            solvency.setCreditLimit(account.creditLimit());
            solvency.setCreditAvailable(account.creditLimit().subtract(commercial));
        }
        solvency.setRiskCode(Blank.asAbsent(account.riskCode()));
        solvency.setRiskLabel(account.riskLabel());
        solvency.setRiskAction(account.riskAction() == null ? null : RiskAction.valueOf(account.riskAction()));
        solvency.setAsOf(now);
        return solvency;
    }
}
