package dev.passerelle.bench;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.rtdv.RtdvQueries;
import dev.passerelle.server.store.Keys;
import java.time.Clock;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The RTDV calls measured, GetInvoices, GetDocuments and GetDocumentLines (first pages of
 * {@value #PAGE_SIZE} rows, every type and date) and GetSolvency, each either over SOAP through a
 * client port or in-process through the endpoint's own {@link RtdvQueries} on the same ERP database
 * (the same SQL, without HTTP, WS-Security and XML). Calls go round the accounts with the most
 * invoices (the demo ERP's key accounts), among those that fill a page; a page that comes back less
 * than full fails the benchmark.
 */
final class RealTimeQueries {

    static final int PAGE_SIZE = 50;
    private static final int ACCOUNTS = 64;

    private final PasserellePortType soap;
    private final RtdvQueries direct;
    private final List<String> keys;

    private RealTimeQueries(PasserellePortType soap, RtdvQueries direct, List<String> keys) {
        this.soap = soap;
        this.direct = direct;
        this.keys = keys;
    }

    static RealTimeQueries of(Workbench bench) {
        return of(bench.erp(), bench.engine().transport(Workbench.INTEGRATION).port());
    }

    /** The calls over {@code soap}, a client port of {@code erp}, and in-process on {@code erp}'s database. */
    static RealTimeQueries of(ErpServer erp, PasserellePortType soap) {
        List<String> keys = erp.database().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT d.account_id FROM document d JOIN account a ON a.id = d.account_id"
                                + " WHERE d.doc_type IN ('INVOICE', 'CREDIT_NOTE') AND a.account_type = 'CUSTOMER'"
                                + " GROUP BY d.account_id HAVING COUNT(*) >= :pageSize"
                                + " ORDER BY COUNT(*) DESC, d.account_id OFFSET 0 ROWS FETCH NEXT :count ROWS ONLY")
                .bind("pageSize", PAGE_SIZE).bind("count", ACCOUNTS).mapTo(Long.class).map(Keys::of).list());
        if (keys.isEmpty()) {
            throw new BenchFailure("the demo ERP has no customer account with " + PAGE_SIZE + " invoices to fill a page");
        }
        return new RealTimeQueries(soap, new RtdvQueries(erp.database(), Clock.systemUTC(), 1_000), keys);
    }

    /** The account keys the calls go round, the first one first. */
    List<String> keys() {
        return keys;
    }

    IntConsumer invoices(boolean overSoap) {
        return index -> {
            GetInvoices request = invoicesOf(keys.get(index % keys.size()));
            int rows = overSoap ? soapInvoices(request) : direct.invoices(request).getInvoice().size();
            if (rows != PAGE_SIZE) {
                throw new BenchFailure("GetInvoices answered " + rows + " rows where the page holds " + PAGE_SIZE);
            }
        };
    }

    IntConsumer solvency(boolean overSoap) {
        return index -> {
            GetSolvency request = new GetSolvency();
            request.setAccountKey(keys.get(index % keys.size()));
            try {
                Object answer = overSoap ? soap.getSolvency(request).getSolvency() : direct.solvency(request).getSolvency();
                if (answer == null) {
                    throw new BenchFailure("GetSolvency answered no figures");
                }
            } catch (Exception failure) {
                throw failure instanceof RuntimeException runtime ? runtime : new BenchFailure(failure.toString());
            }
        };
    }

    IntConsumer documents(boolean overSoap) {
        return index -> {
            GetDocuments request = new GetDocuments();
            request.setAccount(accountOf(keys.get(index % keys.size())));
            request.setPage(firstPage());
            int rows = overSoap ? soap(() -> soap.getDocuments(request).getDocument().size())
                    : direct.documents(request).getDocument().size();
            full("GetDocuments", rows);
        };
    }

    IntConsumer documentLines(boolean overSoap) {
        return index -> {
            GetDocumentLines request = new GetDocumentLines();
            request.setAccount(accountOf(keys.get(index % keys.size())));
            request.setPage(firstPage());
            int rows = overSoap ? soap(() -> soap.getDocumentLines(request).getLine().size())
                    : direct.documentLines(request).getLine().size();
            full("GetDocumentLines", rows);
        };
    }

    private static void full(String operation, int rows) {
        if (rows != PAGE_SIZE) {
            throw new BenchFailure(operation + " answered " + rows + " rows where the page holds " + PAGE_SIZE);
        }
    }

    /** A call of the generated port, whose checked faults fail the benchmark. */
    @FunctionalInterface
    private interface PortCall {
        int rows() throws Exception;
    }

    private static int soap(PortCall call) {
        try {
            return call.rows();
        } catch (Exception failure) {
            throw failure instanceof RuntimeException runtime ? runtime : new BenchFailure(failure.toString());
        }
    }

    private int soapInvoices(GetInvoices request) {
        try {
            return soap.getInvoices(request).getInvoice().size();
        } catch (Exception failure) {
            throw failure instanceof RuntimeException runtime ? runtime : new BenchFailure(failure.toString());
        }
    }

    private static GetInvoices invoicesOf(String key) {
        GetInvoices request = new GetInvoices();
        request.setAccount(accountOf(key));
        request.setPage(firstPage());
        return request;
    }

    private static AccountQuery accountOf(String key) {
        AccountQuery account = new AccountQuery();
        account.setAccountKey(key);
        return account;
    }

    private static PageRequest firstPage() {
        PageRequest page = new PageRequest();
        page.setPageNumber(1);
        page.setPageSize(PAGE_SIZE);
        return page;
    }
}
