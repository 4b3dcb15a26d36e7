package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.DocumentTypeTotal;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows;
import dev.passerelle.server.store.RtdvRows.CustomerAccountRow;
import dev.passerelle.server.store.RtdvRows.RevenueRow;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** GetTotals: per-type totals over a period and revenue this year and last, from document lines. */
final class TotalsQuery {

    private TotalsQuery() {
    }

    static GetTotalsResponse answer(RtdvRows rows, CustomerAccountRow account, Period period, LocalDate today) {
        GetTotalsResponse response = new GetTotalsResponse();
        response.setAccountKey(Keys.of(account.id()));
        response.setCurrency(account.currency());
        response.setPeriod(period.toRange());
        response.getTotal().addAll(byType(rows, account, period));
        LocalDate thisYear = today.withDayOfYear(1);
        RevenueRow revenue = rows.revenue(account.id(), thisYear, thisYear.minusYears(1), thisYear.plusYears(1));
        response.setRevenueThisYear(revenue.thisYear());
        response.setRevenueLastYear(revenue.lastYear());
        return response;
    }

    private static List<DocumentTypeTotal> byType(RtdvRows rows, CustomerAccountRow account, Period period) {
        return rows.totalsByType(account.id(), period.from(), period.to()).stream()
                .map(row -> {
                    DocumentTypeTotal total = new DocumentTypeTotal();
                    total.setDocumentType(DocumentType.valueOf(row.docType()));
                    total.setDocumentCount(row.documentCount());
                    total.setNetAmount(row.netAmount());
                    total.setGrossAmount(row.grossAmount());
                    return total;
                })
                .sorted(Comparator.comparing(DocumentTypeTotal::getDocumentType))
                .toList();
    }
}
