package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.DocumentTypeTotal;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.server.store.Keys;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** GetTotals: per-type totals over a period and revenue this year and last, from document lines. */
final class TotalsQuery {

    private TotalsQuery() {
    }

    static GetTotalsResponse answer(Handle handle, CustomerAccount account, Period period, LocalDate today) {
        GetTotalsResponse response = new GetTotalsResponse();
        response.setAccountKey(Keys.of(account.id()));
        response.setCurrency(account.currency());
        response.setPeriod(period.toRange());
        response.getTotal().addAll(byType(handle, account, period));
        LocalDate thisYear = today.withDayOfYear(1);
        handle.createQuery(RtdvSql.named("revenue"))
                .bind("account", account.id())
                .bind("thisYear", thisYear)
                .bind("lastYear", thisYear.minusYears(1))
                .bind("nextYear", thisYear.plusYears(1))
                .map((rows, context) -> {
                    response.setRevenueThisYear(rows.getBigDecimal("this_year"));
                    response.setRevenueLastYear(rows.getBigDecimal("last_year"));
                    return response;
                })
                .one();
        return response;
    }

    private static List<DocumentTypeTotal> byType(Handle handle, CustomerAccount account, Period period) {
        return handle.createQuery(RtdvSql.named("totals-by-type"))
                .bind("account", account.id())
                .bind("from", period.from())
                .bind("to", period.to())
                .map((rows, context) -> {
                    DocumentTypeTotal total = new DocumentTypeTotal();
                    total.setDocumentType(DocumentType.valueOf(rows.getString("doc_type")));
                    total.setDocumentCount(rows.getInt("document_count"));
                    total.setNetAmount(rows.getBigDecimal("net_amount"));
                    total.setGrossAmount(rows.getBigDecimal("gross_amount"));
                    return total;
                })
                .stream()
                .sorted(Comparator.comparing(DocumentTypeTotal::getDocumentType))
                .toList();
    }
}
