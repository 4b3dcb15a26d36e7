package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.Vat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * First-sync matching: CRM companies found by normalised VAT number, so that an ERP account links to
 * them instead of duplicating them. Only companies that are no account's company yet (in any
 * integration: each ERP account gets its own company) and are not flagged "never sync" are matched.
 * A company whose VAT number was typed by a CRM sharing the database, without its normalised form,
 * is normalised here and matched like the others.
 */
final class VatMatcher {

    private static final String FREE = " AND c.never_sync = 0 AND NOT EXISTS (SELECT 1 FROM account a WHERE a.company_id = c.id)";

    private VatMatcher() {
    }

    /** Normalised VAT number -> company id, for companies free to be matched. */
    static Map<String, Long> unlinkedCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Long> found = new HashMap<>();
        if (vats.isEmpty()) {
            return found;
        }
        normaliseTyped(handle);
        for (List<String> chunk : Chunks.of(vats)) {
            handle.createQuery("SELECT c.id, c.vat_normalised FROM company c WHERE c.vat_normalised IN (<vats>)" + FREE
                            + " ORDER BY c.id")
                    .bindList("vats", chunk)
                    .map((row, context) -> Map.entry(row.getString("vat_normalised"), row.getLong("id")))
                    .forEach(match -> found.putIfAbsent(match.getKey(), match.getValue()));
        }
        return found;
    }

    /** Normalised VAT number -> company id, for companies flagged "never sync" that carry one of these numbers. */
    static Map<String, Long> neverSyncCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(vats)) {
            handle.createQuery("SELECT id, vat_normalised FROM company WHERE vat_normalised IN (<vats>) AND never_sync = 1")
                    .bindList("vats", chunk)
                    .map((row, context) -> Map.entry(row.getString("vat_normalised"), row.getLong("id")))
                    .forEach(match -> found.putIfAbsent(match.getKey(), match.getValue()));
        }
        return found;
    }

    /** Fills the normalised VAT number of free companies that have a VAT number but not its normalised form. */
    private static void normaliseTyped(Handle handle) {
        Map<Long, String> typed = new HashMap<>();
        handle.createQuery("SELECT c.id, c.vat_number FROM company c WHERE c.vat_normalised IS NULL AND c.vat_number IS NOT NULL"
                        + FREE)
                .map((row, context) -> Map.entry(row.getLong("id"), row.getString("vat_number")))
                .forEach(company -> typed.put(company.getKey(), company.getValue()));
        var update = handle.prepareBatch("UPDATE company SET vat_normalised = :vat WHERE id = :id");
        typed.forEach((id, vat) -> {
            String normalised = Vat.normalise(vat);
            if (normalised != null) {
                update.bind("vat", normalised).bind("id", id).add();
            }
        });
        if (update.size() > 0) {
            update.execute();
        }
    }
}
