package dev.passerelle.client.cli;

import dev.passerelle.client.cli.Table;
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

/** Prints the answers of the real-time queries as readable tables. Stateless. */
final class RtdvPrinter {

    private RtdvPrinter() {
    }

    static String amount(BigDecimal value) {
        return value == null ? "" : String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    static void solvency(PrintWriter out, RtdvTarget target, Solvency solvency) {
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

    static void totals(PrintWriter out, RtdvTarget target, GetTotalsResponse totals) {
        out.printf("Totals of %s from %s to %s, in %s%n", target.label(), totals.getPeriod().getFrom(),
                totals.getPeriod().getTo(), totals.getCurrency());
        Table table = new Table("document type", "documents>", "net>", "gross>");
        for (DocumentTypeTotal total : totals.getTotal()) {
            table.row(total.getDocumentType(), total.getDocumentCount(), amount(total.getNetAmount()), amount(total.getGrossAmount()));
        }
        table.print(out);
        out.printf("Revenue this year %s, last year %s%n", amount(totals.getRevenueThisYear()), amount(totals.getRevenueLastYear()));
        out.flush();
    }

    static void invoices(PrintWriter out, RtdvTarget target, GetInvoicesResponse answer) {
        out.printf("Invoices of %s%n", target.label());
        Table table = new Table("number", "date", "due", "posted", "currency", "net>", "gross>", "paid>", "remaining>", "key");
        for (Invoice invoice : answer.getInvoice()) {
            table.row(invoice.getNumber(), invoice.getDate(), invoice.getDueDate(), invoice.isPosted() ? "yes" : "no",
                    invoice.getCurrency(), amount(invoice.getNetAmount()), amount(invoice.getGrossAmount()),
                    amount(invoice.getPaidAmount()), amount(invoice.getRemainingAmount()), invoice.getDocumentKey());
        }
        table.print(out);
        page(out, answer.getPageInfo());
    }

    static void ledger(PrintWriter out, RtdvTarget target, GetLedgerEntriesResponse answer) {
        out.printf("Ledger entries of %s%n", target.label());
        Table table = new Table("date", "journal", "piece", "document", "label", "debit>", "credit>", "due", "lettering");
        for (LedgerEntry entry : answer.getEntry()) {
            table.row(entry.getDate(), entry.getJournal(), entry.getPiece(), entry.getDocumentNumber(), entry.getLabel(),
                    amount(entry.getDebit()), amount(entry.getCredit()), entry.getDueDate(), entry.getLettering());
        }
        table.print(out);
        page(out, answer.getPageInfo());
    }

    static void documents(PrintWriter out, RtdvTarget target, GetDocumentsResponse answer) {
        out.printf("Documents of %s%n", target.label());
        headers(out, answer.getDocument());
        page(out, answer.getPageInfo());
    }

    static void document(PrintWriter out, GetDocumentResponse answer) {
        out.printf("Document of ERP account %s%n", answer.getAccountKey());
        headers(out, List.of(answer.getHeader()));
        out.println();
        lines(out, answer.getLine());
    }

    static void lines(PrintWriter out, RtdvTarget target, GetDocumentLinesResponse answer) {
        out.printf("Document lines of %s%n", target.label());
        lines(out, answer.getLine());
        page(out, answer.getPageInfo());
    }

    private static void headers(PrintWriter out, List<DocumentHeader> headers) {
        Table table = new Table("type", "number", "date", "reference", "customer", "delivery", "currency", "net>", "gross>", "key");
        for (DocumentHeader header : headers) {
            table.row(header.getType(), header.getNumber(), header.getDate(), header.getReference(), header.getCustomerName(),
                    header.getDeliveryDate(), header.getCurrency(), amount(header.getNetAmount()), amount(header.getGrossAmount()),
                    header.getDocumentKey());
        }
        table.print(out);
    }

    private static void lines(PrintWriter out, List<DocumentLine> lines) {
        Table table = new Table("type", "number", "date", "line>", "item", "description", "quantity>", "unit price>",
                "discount %>", "net>", "gross>");
        for (DocumentLine line : lines) {
            table.row(line.getDocumentType(), line.getDocumentNumber(), line.getDocumentDate(), line.getLineNumber(),
                    line.getItemReference(), line.getDescription(), line.getQuantity().stripTrailingZeros().toPlainString(),
                    amount(line.getUnitPrice()), line.getDiscountPercent() == null ? "" : line.getDiscountPercent().stripTrailingZeros().toPlainString(),
                    amount(line.getNetAmount()), amount(line.getGrossAmount()));
        }
        table.print(out);
    }

    private static void page(PrintWriter out, PageInfo page) {
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
}
