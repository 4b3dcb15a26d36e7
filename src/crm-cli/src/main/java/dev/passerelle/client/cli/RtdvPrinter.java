package dev.passerelle.client.cli;

import dev.passerelle.client.rtdv.RtdvTarget;
import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.DocumentTypeTotal;
import dev.passerelle.contract.v1.GetDocumentLinesResponse;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.contract.v1.GetDocumentsResponse;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.GetLedgerEntriesResponse;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.contract.v1.PageInfo;
import dev.passerelle.contract.v1.Solvency;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Prints the answers of the real-time queries: as readable tables (amounts grouped, two decimals), or as
 * one JSON object for scripts (amounts as the ERP's exact decimal numbers, dates in ISO-8601, keys in
 * snake case, the listings' rows in an array beside their {@code page}). Stateless apart from its writer.
 */
final class RtdvPrinter {

    private final PrintWriter out;
    private final boolean json;

    RtdvPrinter(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.json = format == OutputFormat.JSON;
    }

    static String amount(BigDecimal value) {
        return value == null ? "" : String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    void solvency(RtdvTarget target, Solvency solvency) {
        if (json) {
            print(about(target).put("account_code", solvency.getAccountCode()).put("currency", solvency.getCurrency())
                    .put("as_of", solvency.getAsOf()).put("accounting_balance", solvency.getAccountingBalance())
                    .put("open_orders", solvency.getOpenOrders()).put("open_delivery_notes", solvency.getOpenDeliveryNotes())
                    .put("unposted_invoices", solvency.getUnpostedInvoices())
                    .put("commercial_balance", solvency.getCommercialBalance()).put("credit_limit", solvency.getCreditLimit())
                    .put("credit_available", solvency.getCreditAvailable()).put("overdue", solvency.getOverdueAmount())
                    .put("risk_code", solvency.getRiskCode()).put("risk_label", solvency.getRiskLabel())
                    .put("risk_action", solvency.getRiskAction()));
            return;
        }
        out.printf("Solvency of %s, ERP account %s, in %s, as of %s%n", target.label(), solvency.getAccountCode(),
                solvency.getCurrency(), solvency.getAsOf());
        new Table("figure", "amount>")
                .row("accounting balance", amount(solvency.getAccountingBalance()))
                .row("+ open orders", amount(solvency.getOpenOrders()))
                .row("+ delivery notes not invoiced", amount(solvency.getOpenDeliveryNotes()))
                .row("+ invoices not posted", amount(solvency.getUnpostedInvoices()))
                .row("= commercial balance", amount(solvency.getCommercialBalance()))
                .row("credit limit", solvency.getCreditLimit() == null ? "none" : amount(solvency.getCreditLimit()))
                .row("credit available", amount(solvency.getCreditAvailable()))
                .row("overdue", amount(solvency.getOverdueAmount()))
                .print(out);
        if (solvency.getRiskCode() != null) {
            out.printf("Risk code %s (%s): %s%n", solvency.getRiskCode(), solvency.getRiskLabel(), solvency.getRiskAction());
        }
        out.flush();
    }

    void totals(RtdvTarget target, GetTotalsResponse totals) {
        Table table = new Table("document type", "documents>", "net>", "gross>");
        for (DocumentTypeTotal total : totals.getTotal()) {
            table.row(total.getDocumentType(), total.getDocumentCount(), money(total.getNetAmount()), money(total.getGrossAmount()));
        }
        if (json) {
            print(about(target).put("currency", totals.getCurrency()).put("from", totals.getPeriod().getFrom())
                    .put("to", totals.getPeriod().getTo()).put("totals", table)
                    .put("revenue_this_year", totals.getRevenueThisYear()).put("revenue_last_year", totals.getRevenueLastYear()));
            return;
        }
        out.printf("Totals of %s from %s to %s, in %s%n", target.label(), totals.getPeriod().getFrom(),
                totals.getPeriod().getTo(), totals.getCurrency());
        table.print(out);
        out.printf("Revenue this year %s, last year %s%n", amount(totals.getRevenueThisYear()), amount(totals.getRevenueLastYear()));
        out.flush();
    }

    void invoices(RtdvTarget target, GetInvoicesResponse answer) {
        Table table = new Table("number", "date", "due date", "posted", "currency", "net>", "gross>", "paid>", "remaining>",
                "document key");
        for (Invoice invoice : answer.getInvoice()) {
            table.row(invoice.getNumber(), invoice.getDate(), invoice.getDueDate(), yesNo(invoice.isPosted()),
                    invoice.getCurrency(), money(invoice.getNetAmount()), money(invoice.getGrossAmount()),
                    money(invoice.getPaidAmount()), money(invoice.getRemainingAmount()), invoice.getDocumentKey());
        }
        listing("Invoices of " + target.label(), target, "invoices", table, answer.getPageInfo());
    }

    void ledger(RtdvTarget target, GetLedgerEntriesResponse answer) {
        Table table = new Table("date", "journal", "piece", "document", "label", "debit>", "credit>", "due date", "lettering");
        for (LedgerEntry entry : answer.getEntry()) {
            table.row(entry.getDate(), entry.getJournal(), entry.getPiece(), entry.getDocumentNumber(), entry.getLabel(),
                    money(entry.getDebit()), money(entry.getCredit()), entry.getDueDate(), entry.getLettering());
        }
        listing("Ledger entries of " + target.label(), target, "entries", table, answer.getPageInfo());
    }

    void documents(RtdvTarget target, GetDocumentsResponse answer) {
        listing("Documents of " + target.label(), target, "documents", headers(answer.getDocument()), answer.getPageInfo());
    }

    void document(GetDocumentResponse answer) {
        Table header = headers(List.of(answer.getHeader()));
        Table lines = lines(answer.getLine());
        if (json) {
            print(new JsonObject().put("erp_key", answer.getAccountKey()).put("document", header).put("lines", lines));
            return;
        }
        out.printf("Document of ERP account %s%n", answer.getAccountKey());
        header.print(out);
        out.println();
        lines.print(out);
    }

    void lines(RtdvTarget target, GetDocumentLinesResponse answer) {
        listing("Document lines of " + target.label(), target, "lines", lines(answer.getLine()), answer.getPageInfo());
    }

    private Table headers(List<DocumentHeader> headers) {
        Table table = new Table("type", "number", "date", "reference", "customer", "delivery", "currency", "net>", "gross>",
                "document key");
        for (DocumentHeader header : headers) {
            table.row(header.getType(), header.getNumber(), header.getDate(), header.getReference(), header.getCustomerName(),
                    header.getDeliveryDate(), header.getCurrency(), money(header.getNetAmount()), money(header.getGrossAmount()),
                    header.getDocumentKey());
        }
        return table;
    }

    private Table lines(List<DocumentLine> lines) {
        Table table = new Table("type", "number", "date", "line>", "item", "description", "quantity>", "unit price>",
                "discount %>", "net>", "gross>");
        for (DocumentLine line : lines) {
            table.row(line.getDocumentType(), line.getDocumentNumber(), line.getDocumentDate(), line.getLineNumber(),
                    line.getItemReference(), line.getDescription(), plain(line.getQuantity()), money(line.getUnitPrice()),
                    plain(line.getDiscountPercent()), money(line.getNetAmount()), money(line.getGrossAmount()));
        }
        return table;
    }

    /** A listing: its title, rows and where the page stands, or in JSON its rows under {@code rowsKey} and its page. */
    private void listing(String title, RtdvTarget target, String rowsKey, Table rows, PageInfo page) {
        if (json) {
            print(about(target).put(rowsKey, rows).put("page", new JsonObject().put("page_number", page.getPageNumber())
                    .put("page_size", page.getPageSize()).put("total_count", page.getTotalCount()).put("more", page.isMore())));
            return;
        }
        out.println(title);
        rows.print(out);
        page(page);
    }

    private void page(PageInfo page) {
        long first = page.getTotalCount() == 0 ? 0 : (long) (page.getPageNumber() - 1) * page.getPageSize() + 1;
        long last = Math.min(page.getTotalCount(), (long) page.getPageNumber() * page.getPageSize());
        if (page.getTotalCount() == 0) {
            out.println("No rows.");
        } else if (first > last) {
            out.printf("Page %d is past the end: %d rows in all%n", page.getPageNumber(), page.getTotalCount());
        } else {
            out.printf("Rows %d-%d of %d%s%n", first, last, page.getTotalCount(),
                    page.isMore() ? " (next: --page " + (page.getPageNumber() + 1) + ")" : "");
        }
        out.flush();
    }

    private static JsonObject about(RtdvTarget target) {
        return new JsonObject().put("target", target.label()).put("erp_key", target.erpKey());
    }

    private void print(JsonObject object) {
        out.println(object);
        out.flush();
    }

    /** An amount: grouped with two decimals in a table, the exact decimal in JSON. */
    private Object money(BigDecimal value) {
        return json ? value : amount(value);
    }

    /** A quantity or a rate: without trailing zeros in a table, the exact decimal in JSON. */
    private Object plain(BigDecimal value) {
        return json || value == null ? value : value.stripTrailingZeros().toPlainString();
    }

    private Object yesNo(boolean value) {
        return json ? value : value ? "yes" : "no";
    }
}
