package dev.passerelle.interop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.ws.Holder;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import passerelle.erp.v1.AccountQuery;
import passerelle.erp.v1.AccountType;
import passerelle.erp.v1.Change;
import passerelle.erp.v1.DocumentHeader;
import passerelle.erp.v1.DocumentLine;
import passerelle.erp.v1.DocumentType;
import passerelle.erp.v1.EntityType;
import passerelle.erp.v1.Invoice;
import passerelle.erp.v1.LedgerEntry;
import passerelle.erp.v1.PageInfo;
import passerelle.erp.v1.PageRequest;
import passerelle.erp.v1.PasserellePortType;

/**
 * The four paged real-time queries through the default Metro client: the request's {@code page} and
 * the answer's {@code pageInfo} are two parameters of one method. A {@code pageInfo} holder left
 * empty would mean that the answer does not carry the element under that name.
 */
@ExtendWith(InteropExtension.class)
class MetroRtdvTest {

    private static final int PAGE_SIZE = 2;

    private static String customer;

    /** One page of a paged query: how many rows came, and where the page stands. */
    record Page(int rows, PageInfo pageInfo) {
    }

    @FunctionalInterface
    interface PagedQuery {
        Page call(PasserellePortType port, String accountKey, PageRequest page) throws Exception;
    }

    static final PagedQuery INVOICES = (port, key, page) -> {
        Holder<List<Invoice>> invoice = new Holder<>();
        Holder<PageInfo> pageInfo = new Holder<>();
        port.getInvoices(account(key), null, null, page, invoice, pageInfo);
        return new Page(size(invoice), pageInfo.value);
    };

    static final PagedQuery LEDGER_ENTRIES = (port, key, page) -> {
        Holder<List<LedgerEntry>> entry = new Holder<>();
        Holder<PageInfo> pageInfo = new Holder<>();
        port.getLedgerEntries(key, null, null, page, entry, pageInfo);
        return new Page(size(entry), pageInfo.value);
    };

    static final PagedQuery DOCUMENTS = (port, key, page) -> {
        Holder<List<DocumentHeader>> document = new Holder<>();
        Holder<PageInfo> pageInfo = new Holder<>();
        port.getDocuments(account(key), List.<DocumentType>of(), null, null, page, document, pageInfo);
        return new Page(size(document), pageInfo.value);
    };

    static final PagedQuery DOCUMENT_LINES = (port, key, page) -> {
        Holder<List<DocumentLine>> line = new Holder<>();
        Holder<PageInfo> pageInfo = new Holder<>();
        port.getDocumentLines(account(key), List.<DocumentType>of(), null, null, null, page, line, pageInfo);
        return new Page(size(line), pageInfo.value);
    };

    static Stream<Arguments> pagedQueries() {
        return Stream.of(
                Arguments.argumentSet("GetInvoices", INVOICES),
                Arguments.argumentSet("GetLedgerEntries", LEDGER_ENTRIES),
                Arguments.argumentSet("GetDocuments", DOCUMENTS),
                Arguments.argumentSet("GetDocumentLines", DOCUMENT_LINES));
    }

    /** The active customer of the demo ERP with the most invoices, so that every list has pages. */
    @BeforeAll
    static void findACustomerWithAHistory(InteropTarget target) throws Exception {
        PasserellePortType port = target.port();
        Holder<List<Change>> accounts = new Holder<>();
        port.getChanges(new Holder<>(EntityType.ACCOUNT), null, InteropExtension.DEMO_ACCOUNTS,
                new Holder<Boolean>(), accounts, new Holder<String>(), new Holder<Boolean>());
        List<String> customers = accounts.value.stream()
                .filter(change -> change.getAccount().getType() == AccountType.CUSTOMER && !change.getAccount().isDormant())
                .map(Change::getKey)
                .toList();
        Comparator<String> byInvoices = Comparator.comparingLong(key -> invoiceCount(port, key));
        customer = customers.stream().max(byInvoices).orElseThrow(() -> new AssertionError("the demo ERP has no active customer"));
    }

    @ParameterizedTest
    @MethodSource("pagedQueries")
    void firstPageSaysWhereItStandsInPageInfo(PagedQuery query, InteropTarget target) throws Exception {
        Page first = query.call(target.port(), customer, page(1, PAGE_SIZE));

        assertThat(first.pageInfo()).as("pageInfo").isNotNull();
        assertThat(first.pageInfo().getPageNumber()).isEqualTo(1);
        assertThat(first.pageInfo().getPageSize()).isEqualTo(PAGE_SIZE);
        assertThat(first.pageInfo().getTotalCount()).as("a customer with a history").isGreaterThan(PAGE_SIZE);
        assertThat(first.rows()).isEqualTo(PAGE_SIZE);
        assertThat(first.pageInfo().isMore()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pagedQueries")
    void lastPageSaysNoMore(PagedQuery query, InteropTarget target) throws Exception {
        long total = query.call(target.port(), customer, page(1, PAGE_SIZE)).pageInfo().getTotalCount();
        int lastNumber = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);

        Page last = query.call(target.port(), customer, page(lastNumber, PAGE_SIZE));

        assertThat(last.pageInfo().getPageNumber()).isEqualTo(lastNumber);
        assertThat(last.pageInfo().getTotalCount()).isEqualTo(total);
        assertThat(last.rows()).isEqualTo((int) (total - (long) (lastNumber - 1) * PAGE_SIZE));
        assertThat(last.pageInfo().isMore()).isFalse();
    }

    private static long invoiceCount(PasserellePortType port, String accountKey) {
        try {
            return INVOICES.call(port, accountKey, page(1, 1)).pageInfo().getTotalCount();
        } catch (Exception failed) {
            throw new AssertionError("GetInvoices of " + accountKey + " failed", failed);
        }
    }

    private static AccountQuery account(String key) {
        AccountQuery account = new AccountQuery();
        account.setAccountKey(key);
        return account;
    }

    private static PageRequest page(int number, int size) {
        PageRequest page = new PageRequest();
        page.setPageNumber(number);
        page.setPageSize(size);
        return page;
    }

    private static int size(Holder<? extends List<?>> rows) {
        return rows.value == null ? 0 : rows.value.size();
    }
}
