package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.RiskAction;
import dev.passerelle.contract.v1.Solvency;
import dev.passerelle.server.store.Keys;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;

/** GetSolvency: balances of one customer account, in one statement (solvency.sql states the rules). */
final class SolvencyQuery {

    private SolvencyQuery() {
    }

    static Solvency answer(Handle handle, CustomerAccount account, OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        Solvency solvency = handle.createQuery(RtdvSql.named("solvency"))
                .bind("account", account.id())
                .bind("today", today)
                .map((rows, context) -> {
                    Solvency figures = new Solvency();
                    figures.setAccountingBalance(rows.getBigDecimal("accounting_balance"));
                    figures.setOpenOrders(rows.getBigDecimal("open_orders"));
                    figures.setOpenDeliveryNotes(rows.getBigDecimal("open_delivery_notes"));
                    figures.setUnpostedInvoices(rows.getBigDecimal("unposted_invoices"));
                    figures.setOverdueAmount(rows.getBigDecimal("overdue_amount"));
                    return figures;
                })
                .one();
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
