package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.rtdv.RtdvClient;
import dev.passerelle.client.rtdv.RtdvTarget;
import dev.passerelle.client.rtdv.RtdvTargets;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.CompanyReads;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.GetDocumentsResponse;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.GetLedgerEntriesResponse;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.contract.v1.PageInfo;
import dev.passerelle.contract.v1.Solvency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Companies: found by name, one with its accounts (link, unlink, set code) and tabs of live ERP figures
 * (solvency, invoices, ledger, documents), paged by the ERP.
 */
final class CompanyPages {

    static final int PAGE = 20;
    private static final List<String> TABS = List.of("accounts", "solvency", "invoices", "ledger", "documents");

    private final CrmEngine engine;

    CompanyPages(CrmEngine engine) {
        this.engine = engine;
    }

    void list(Exchange exchange, Matcher path) {
        String query = exchange.param("q");
        int offset = exchange.number("offset", 0);
        Paged.check(offset, PAGE, PAGE);
        String pattern = "%" + (query == null ? "" : query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        Paged<CompanyReads.CompanyRow> page = engine.store().jdbi().withExtension(CompanyReads.class, reads -> query == null
                ? new Paged<>(reads.byName(offset, PAGE), reads.count(), offset, PAGE)
                : found(reads, pattern, offset));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        exchange.render("companies.jte", new Views.CompaniesPage(exchange.frame("Companies", "companies"), query, page.rows(),
                Views.Pager.of("/companies", filters, page)));
    }

    /** One page of the companies whose name is like {@code pattern}, and how many there are, from one pass over the names. */
    private static Paged<CompanyReads.CompanyRow> found(CompanyReads reads, String pattern, int offset) {
        List<Long> ids = reads.idsByName(pattern);
        List<CompanyReads.CompanyRow> rows = ids.subList(Math.min(offset, ids.size()), Math.min(offset + PAGE, ids.size()))
                .stream().flatMap(id -> reads.company(id).stream()).toList();
        return new Paged<>(rows, ids.size(), offset, PAGE);
    }

    void company(Exchange exchange, Matcher path) {
        long id = Long.parseLong(path.group(1));
        String tab = exchange.param("tab") == null ? "accounts" : exchange.param("tab");
        if (!TABS.contains(tab)) {
            throw ConsoleException.badRequest("no tab '" + tab + "' (one of " + String.join(", ", TABS) + ")");
        }
        List<String> integrations = List.copyOf(engine.settings().integrations().keySet());
        String integration = exchange.param("integration") == null ? integrations.get(0) : exchange.param("integration");
        engine.settings().integration(integration);
        CompanyReads.CompanyRow company = engine.store().jdbi().withExtension(CompanyReads.class, reads -> reads.company(id))
                .orElseThrow(() -> ConsoleException.notFound("no company with id " + id));
        List<CompanyReads.AccountLink> accounts = engine.store().jdbi().withExtension(CompanyReads.class,
                reads -> reads.accounts(id));
        Views.Table figures = null;
        String problem = null;
        Views.Pager pager = null;
        if (!tab.equals("accounts")) {
            int number = exchange.number("page", 1);
            if (number < 1) {
                throw ConsoleException.badRequest("page counts from 1, was " + number);
            }
            try {
                RtdvTarget target = new RtdvTargets(engine.store().jdbi()).company(integration, Long.toString(id));
                RtdvClient erp = new RtdvClient(engine.transport(integration));
                RtdvClient.Page page = new RtdvClient.Page(number, PAGE);
                figures = switch (tab) {
                    case "solvency" -> solvency(erp.solvency(target));
                    case "invoices" -> invoices(erp.invoices(target, null, null, false, page));
                    case "ledger" -> ledger(erp.ledger(target, null, null, false, page));
                    default -> documents(erp.documents(target, RtdvClient.DocumentFilter.ALL, page));
                };
                pager = pagerOf(id, tab, integration, figures, number);
            } catch (ErpException erp) {
                problem = "ERP: " + erp.getMessage();
            } catch (EngineException.BadRequest | EngineException.Disconnected refused) {
                problem = refused.getMessage();
            }
        }
        exchange.render("company.jte", new Views.CompanyPage(exchange.frame(company.name(), "companies"), company, accounts,
                integrations, integration, tab, figures, problem, pager));
    }

    /** "Link": {@code crm-sync link --company ID --account CODE}. */
    void link(Exchange exchange, Matcher path) {
        long company = Long.parseLong(path.group(1));
        String integration = exchange.param("integration") == null ? engine.settings().integrations().keySet().iterator().next()
                : exchange.param("integration");
        engine.settings().integration(integration);
        String code = exchange.required("account");
        long account = engine.links().accountByCode(integration, code);
        engine.links().link(exchange.login(), company, account);
        exchange.redirect("/companies/" + company, new Views.Flash(true, "account " + account + " linked to company " + company,
                "crm-sync link --company " + company + " --account " + code));
    }

    /** "Unlink": {@code crm-sync unlink --account-id ID}. */
    void unlink(Exchange exchange, Matcher path) {
        long account = Long.parseLong(path.group(1));
        String said = engine.links().unlink(exchange.login(), account) == CrmLinks.Unlinked.REMOVED
                ? "account " + account + " was deleted in the ERP: removed from the CRM, its company kept"
                : "account " + account + " unlinked";
        exchange.redirect(exchange.back("/companies"), new Views.Flash(true, said, "crm-sync unlink --account-id " + account));
    }

    /** "Set code": {@code crm-sync set-code --account-id ID --code CODE}. */
    void setCode(Exchange exchange, Matcher path) {
        long account = Long.parseLong(path.group(1));
        String code = exchange.required("code");
        engine.edits().setAccountCode(account, code);
        exchange.redirect(exchange.back("/companies"), new Views.Flash(true, "account " + account + " has code " + code,
                "crm-sync set-code --account-id " + account + " --code " + code));
    }

    private static Views.Pager pagerOf(long company, String tab, String integration, Views.Table figures, int number) {
        if (figures.total() < 0) {
            return null;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("tab", tab);
        filters.put("integration", integration);
        return new Views.Pager("/companies/" + company, filters, figures.total(), (number - 1) * PAGE, PAGE,
                figures.rows().size(), true);
    }

    private static Views.Table solvency(Solvency solvency) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("accounting balance", amount(solvency.getAccountingBalance())));
        rows.add(List.of("+ open orders", amount(solvency.getOpenOrders())));
        rows.add(List.of("+ delivery notes not invoiced", amount(solvency.getOpenDeliveryNotes())));
        rows.add(List.of("+ invoices not posted", amount(solvency.getUnpostedInvoices())));
        rows.add(List.of("= commercial balance", amount(solvency.getCommercialBalance())));
        rows.add(List.of("credit limit", solvency.getCreditLimit() == null ? "none" : amount(solvency.getCreditLimit())));
        rows.add(List.of("credit available", amount(solvency.getCreditAvailable())));
        rows.add(List.of("overdue", amount(solvency.getOverdueAmount())));
        String caption = "ERP account " + solvency.getAccountCode() + ", in " + solvency.getCurrency() + ", as of "
                + solvency.getAsOf() + (solvency.getRiskCode() == null ? ""
                : "; risk " + solvency.getRiskCode() + " (" + solvency.getRiskLabel() + "): " + solvency.getRiskAction());
        return new Views.Table(caption, List.of("figure", "amount"), rows, List.of(false, true), -1);
    }

    private static Views.Table invoices(GetInvoicesResponse answer) {
        List<List<String>> rows = new ArrayList<>();
        for (Invoice invoice : answer.getInvoice()) {
            rows.add(List.of(text(invoice.getNumber()), text(invoice.getDate()), text(invoice.getDueDate()),
                    invoice.isPosted() ? "yes" : "no", text(invoice.getCurrency()), amount(invoice.getNetAmount()),
                    amount(invoice.getGrossAmount()), amount(invoice.getPaidAmount()), amount(invoice.getRemainingAmount())));
        }
        return new Views.Table("Invoices and credit notes, newest first", List.of("number", "date", "due", "posted", "currency",
                "net", "gross", "paid", "remaining"), rows, List.of(false, false, false, false, false, true, true, true, true),
                total(answer.getPageInfo()));
    }

    private static Views.Table ledger(GetLedgerEntriesResponse answer) {
        List<List<String>> rows = new ArrayList<>();
        for (LedgerEntry entry : answer.getEntry()) {
            rows.add(List.of(text(entry.getDate()), text(entry.getJournal()), text(entry.getPiece()), text(entry.getDocumentNumber()),
                    text(entry.getLabel()), amount(entry.getDebit()), amount(entry.getCredit()), text(entry.getDueDate()),
                    text(entry.getLettering())));
        }
        return new Views.Table("Ledger entries", List.of("date", "journal", "piece", "document", "label", "debit", "credit", "due",
                "lettering"), rows, List.of(false, false, false, false, false, true, true, false, false), total(answer.getPageInfo()));
    }

    private static Views.Table documents(GetDocumentsResponse answer) {
        List<List<String>> rows = new ArrayList<>();
        for (DocumentHeader header : answer.getDocument()) {
            rows.add(List.of(text(header.getType()), text(header.getNumber()), text(header.getDate()), text(header.getReference()),
                    text(header.getDeliveryDate()), text(header.getCurrency()), amount(header.getNetAmount()),
                    amount(header.getGrossAmount())));
        }
        return new Views.Table("Documents, newest first", List.of("type", "number", "date", "reference", "delivery", "currency",
                "net", "gross"), rows, List.of(false, false, false, false, false, false, true, true), total(answer.getPageInfo()));
    }

    private static long total(PageInfo page) {
        return page == null ? -1 : page.getTotalCount();
    }

    private static String amount(java.math.BigDecimal value) {
        return Views.Format.amount(value);
    }

    private static String text(Object value) {
        return Views.Format.text(value);
    }
}
