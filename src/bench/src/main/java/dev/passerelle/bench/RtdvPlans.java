package dev.passerelle.bench;

import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.Query;

/**
 * The plans H2 makes for the endpoint's RTDV list statements (GetInvoices, GetDocuments,
 * GetDocumentLines), read with H2's EXPLAIN on the statements the endpoint runs, bound as a first
 * page of one account with no filter binds them: whether each reads the account's rows through an
 * index or scans a table. H2 only, as the benchmark's databases are; a diagnostic of the benchmark,
 * never run by the product.
 */
final class RtdvPlans {

    /** How H2 writes, in a plan, a read of the account's documents through an index on their account. */
    private static final Pattern BY_ACCOUNT = Pattern.compile("/\\* PUBLIC\\.[A-Z0-9_]+: ACCOUNT_ID = A\\.ID \\*/");

    private RtdvPlans() {
    }

    /** Each statement's plan (H2's EXPLAIN text), by operation, for the account {@code accountKey}. */
    static Map<String, String> of(Jdbi erp, String accountKey) {
        long account = Keys.parse(accountKey).orElseThrow();
        List<String> types = Arrays.stream(DocumentType.values()).map(DocumentType::name).toList();
        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("GetInvoices", explain(erp, "invoices", account, query -> query
                .bindByType("from", null, LocalDate.class).bindByType("to", null, LocalDate.class).bind("unpaidOnly", 0)));
        plans.put("GetDocuments", explain(erp, "documents", account, query -> query.bindList("types", types)
                .bindByType("from", null, LocalDate.class).bindByType("to", null, LocalDate.class)
                .bindByType("search", null, String.class)));
        plans.put("GetDocumentLines", explain(erp, "document-lines", account, query -> query.bindList("types", types)
                .bindByType("from", null, LocalDate.class).bindByType("to", null, LocalDate.class)
                .bindByType("documentNumber", null, String.class).bindByType("itemReference", null, String.class)));
        return plans;
    }

    /** Whether a plan reaches the account's documents through an index on their account and scans no table. */
    static boolean indexBound(String plan) {
        String upper = plan.toUpperCase(Locale.ROOT);
        return BY_ACCOUNT.matcher(upper).find() && !upper.contains("TABLESCAN");
    }

    private static String explain(Jdbi erp, String statement, long account, Consumer<Query> filters) {
        String sql = ClasspathSqlLocator.removingComments().locate(RtdvRows.class, statement); // the endpoint's own file
        return erp.withHandle(handle -> {
            try (Query query = handle.createQuery("EXPLAIN " + sql)) {
                query.define("namePrefixCondition", "");
                filters.accept(query);
                return String.join("\n", query.bind("account", account).bind("offset", 0)
                        .bind("pageSize", RealTimeQueries.PAGE_SIZE).mapTo(String.class).list());
            }
        });
    }
}
