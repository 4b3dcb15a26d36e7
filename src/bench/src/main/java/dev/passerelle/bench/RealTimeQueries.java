package dev.passerelle.bench;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.rtdv.RtdvQueries;
import dev.passerelle.server.store.Keys;
import java.time.Clock;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The two RTDV calls measured, GetInvoices (a {@value #PAGE_SIZE}-row page) and GetSolvency, each
 * either over SOAP through the engine's configured port or in-process through the endpoint's own
 * {@link RtdvQueries} on the same ERP database (the same SQL, without HTTP, WS-Security and XML).
 * Calls go round the accounts with the most invoices (the demo ERP's key accounts), among those
 * that fill a page; a page that comes back less than full fails the benchmark.
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
        List<String> keys = bench.erpJdbi().withHandle(handle -> handle.createQuery(
                        "SELECT d.account_id FROM document d JOIN account a ON a.id = d.account_id"
                                + " WHERE d.doc_type IN ('INVOICE', 'CREDIT_NOTE') AND a.account_type = 'CUSTOMER'"
                                + " GROUP BY d.account_id HAVING COUNT(*) >= :pageSize"
                                + " ORDER BY COUNT(*) DESC, d.account_id OFFSET 0 ROWS FETCH NEXT :count ROWS ONLY")
                .bind("pageSize", PAGE_SIZE).bind("count", ACCOUNTS).mapTo(Long.class).map(Keys::of).list());
        if (keys.isEmpty()) {
            throw new BenchFailure("the demo ERP has no customer account with " + PAGE_SIZE + " invoices to fill a page");
        }
        return new RealTimeQueries(bench.engine().transport(Workbench.INTEGRATION).port(),
                new RtdvQueries(bench.erp().database(), Clock.systemUTC(), 1_000), keys);
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

    private int soapInvoices(GetInvoices request) {
        try {
            return soap.getInvoices(request).getInvoice().size();
        } catch (Exception failure) {
            throw failure instanceof RuntimeException runtime ? runtime : new BenchFailure(failure.toString());
        }
    }

    private static GetInvoices invoicesOf(String key) {
        AccountQuery account = new AccountQuery();
        account.setAccountKey(key);
        PageRequest page = new PageRequest();
        page.setPageNumber(1);
        page.setPageSize(PAGE_SIZE);
        GetInvoices request = new GetInvoices();
        request.setAccount(account);
        request.setPage(page);
        return request;
    }
}
