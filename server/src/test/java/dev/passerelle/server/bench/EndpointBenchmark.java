package dev.passerelle.server.bench;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.AccountType;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.TestServers;
import dev.passerelle.server.demo.DemoErp;
import java.time.LocalDate;

/**
 * Measures the endpoint over real HTTP with the generated client (not a test): paging through the
 * demo's accounts with GetChanges, then one ApplyChanges stream of new accounts.
 * {@code java -cp ... dev.passerelle.server.bench.EndpointBenchmark [accounts] [batches] [batchSize]}.
 */
public final class EndpointBenchmark {

    private EndpointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        System.setProperty("org.apache.cxf.transport.http.forceURLConnection", "true");
        ServerSettings settings = TestServers.settings().jdbcUrl(H2Urls.memory("bench")).build();
        try (ErpServer server = ErpServer.start(settings)) {
            long started = System.nanoTime();
            DemoErp.generate(server.database(), accounts, 42, LocalDate.now());
            report("demo generation", accounts, started, "accounts");
            PasserellePortType client = TestServers.syncClient(server);

            for (int round = 1; round <= 2; round++) {
                started = System.nanoTime();
                int received = 0;
                int pages = 0;
                String token = null;
                GetChangesResponse page;
                do {
                    GetChanges request = new GetChanges();
                    request.setEntity(EntityType.ACCOUNT);
                    request.setToken(token);
                    request.setPageSize(1000);
                    page = client.getChanges(request);
                    received += page.getChange().size();
                    pages++;
                    token = page.getNextToken();
                } while (page.isMore());
                report("GetChanges ACCOUNT snapshot round " + round + " (" + pages + " pages of 1000)", received, started, "records");
            }

            started = System.nanoTime();
            int applied = 0;
            for (int batch = 0; batch < batches; batch++) {
                ApplyChanges request = new ApplyChanges();
                request.setBatchId("bench-" + batch);
                for (int index = 0; index < batchSize; index++) {
                    request.getRecord().add(insert("B" + batch + "R" + index));
                }
                for (ApplyResult result : client.applyChanges(request).getResult()) {
                    if (result.getStatus() == ApplyStatus.APPLIED) {
                        applied++;
                    }
                }
            }
            report("ApplyChanges " + batches + " batches of " + batchSize + " account inserts (" + applied + " applied)",
                    batches * batchSize, started, "records");
        }
    }

    private static ApplyRecord insert(String reference) {
        Account account = new Account();
        account.setType(AccountType.CUSTOMER);
        account.setAccountCode("<AUTOERP>");
        account.setName("Benchmark " + reference);
        Address billing = new Address();
        billing.setStreet("1 rue du Banc d'Essai");
        billing.setPostalCode("75011");
        billing.setCity("Paris");
        billing.setCountry("FR");
        account.setBillingAddress(billing);
        ApplyRecord record = new ApplyRecord();
        record.setClientRef(reference);
        record.setOperation(ChangeOperation.INSERT);
        record.setEntity(EntityType.ACCOUNT);
        record.setAccount(account);
        return record;
    }

    private static void report(String what, long count, long startedNanos, String unit) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("%-80s %,9d %s in %7.2f s = %,10.0f %s/s%n", what, count, unit, seconds, count / seconds, unit);
    }
}
