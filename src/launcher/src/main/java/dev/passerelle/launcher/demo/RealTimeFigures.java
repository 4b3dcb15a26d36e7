package dev.passerelle.launcher.demo;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.Solvency;
import java.math.BigDecimal;
import java.util.List;

/** Shows what a CRM user sees on an account's real-time tabs: solvency and the last invoices. */
final class RealTimeFigures {

    private final PasserellePortType erp;
    private final DemoOutput out;

    RealTimeFigures(PasserellePortType erp, DemoOutput out) {
        this.erp = erp;
        this.out = out;
    }

    void show(String accountKey, String accountCode) {
        out.step("Real-time ERP figures (RTDV) for account " + accountCode + ", read live, not synchronised");
        try {
            GetSolvency solvencyRequest = new GetSolvency();
            solvencyRequest.setAccountKey(accountKey);
            Solvency solvency = erp.getSolvency(solvencyRequest).getSolvency();
            out.line("accounting balance %s %s, commercial balance %s %s, overdue %s %s",
                    amount(solvency.getAccountingBalance()), solvency.getCurrency(),
                    amount(solvency.getCommercialBalance()), solvency.getCurrency(),
                    amount(solvency.getOverdueAmount()), solvency.getCurrency());
            out.line("credit limit %s, available %s, risk code %s",
                    amount(solvency.getCreditLimit()), amount(solvency.getCreditAvailable()),
                    solvency.getRiskCode() == null ? "none" : solvency.getRiskCode() + " (" + solvency.getRiskAction() + ")");
            GetInvoicesResponse invoices = erp.getInvoices(lastInvoices(accountKey, 5));
            out.line("last invoices (%d in all):", invoices.getPageInfo().getTotalCount());
            out.table(List.of("number", "date", "due", "net>", "gross>", "paid>", "remaining>"),
                    invoices.getInvoice().stream().map(RealTimeFigures::row).toList());
        } catch (Exception failure) {
            throw new DemoFailure("the real-time queries failed: " + failure);
        }
    }

    private static GetInvoices lastInvoices(String accountKey, int count) {
        AccountQuery account = new AccountQuery();
        account.setAccountKey(accountKey);
        PageRequest page = new PageRequest();
        page.setPageNumber(1);
        page.setPageSize(count);
        GetInvoices request = new GetInvoices();
        request.setAccount(account);
        request.setPage(page);
        return request;
    }

    private static List<String> row(Invoice invoice) {
        return List.of(invoice.getNumber(), invoice.getDate().toString(),
                invoice.getDueDate() == null ? "" : invoice.getDueDate().toString(), amount(invoice.getNetAmount()),
                amount(invoice.getGrossAmount()), amount(invoice.getPaidAmount()), amount(invoice.getRemainingAmount()));
    }

    private static String amount(BigDecimal value) {
        return value == null ? "-" : String.format("%,.2f", value);
    }
}
