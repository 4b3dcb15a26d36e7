package dev.passerelle.client.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * First-sync matching: CRM companies that have no account of this integration yet, found by
 * normalised VAT number, so that an ERP account links to them instead of duplicating them.
 */
final class VatMatcher {

    private VatMatcher() {
    }

    /** Normalised VAT number -> company id, for companies not linked to an account of the integration. */
    static Map<String, Long> unlinkedCompanies(Handle handle, String integration, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Long> found = new HashMap<>();
        if (vats.isEmpty()) {
            return found;
        }
        for (List<String> chunk : Chunks.of(vats)) {
            handle.createQuery("SELECT c.id, c.vat_normalised FROM company c WHERE c.vat_normalised IN (<vats>)"
                            + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id AND a.integration = :integration)"
                            + " ORDER BY c.id")
                    .bindList("vats", chunk).bind("integration", integration).mapToMap()
                    .forEach(row -> found.putIfAbsent((String) row.get("vat_normalised"), ((Number) row.get("id")).longValue()));
        }
        return found;
    }
}
