package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.Vat;
import dev.passerelle.client.store.VatRows;
import dev.passerelle.client.store.VatRows.CompanyVat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * First-sync matching: CRM companies found by normalised VAT number, so that an ERP account links to
 * them instead of duplicating them. Only companies that are no account's company yet (in any
 * integration: each ERP account gets its own company) and are not flagged "never sync" are matched.
 * A company whose VAT number was typed by a CRM sharing the database, without its normalised form,
 * is normalised here ({@link #normaliseTyped}, once a run: finding them reads every company without
 * a normalised number) and matched like the others.
 */
final class VatMatcher {

    private VatMatcher() {
    }

    /** Normalised VAT number -> company id, for companies free to be matched. */
    static Map<String, Long> unlinkedCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        if (vats.isEmpty()) {
            return new HashMap<>();
        }
        return byVat(vats, handle.attach(VatRows.class)::free);
    }

    /** Normalised VAT number -> company id, for companies flagged "never sync" that carry one of these numbers. */
    static Map<String, Long> neverSyncCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        return byVat(vats, handle.attach(VatRows.class)::neverSync);
    }

    /** The first company (lowest id) found for each VAT number, a chunk of numbers at a time. */
    private static Map<String, Long> byVat(List<String> vats, Function<List<String>, List<CompanyVat>> query) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(vats)) {
            query.apply(chunk).forEach(match -> found.putIfAbsent(match.vat(), match.id()));
        }
        return found;
    }

    /** Fills the normalised VAT number of free companies that have a VAT number but not its normalised form. */
    static void normaliseTyped(Handle handle) {
        VatRows rows = handle.attach(VatRows.class);
        List<CompanyVat> normalised = new ArrayList<>();
        for (CompanyVat typed : rows.typedOnly()) {
            String vat = Vat.normalise(typed.vat());
            if (vat != null) {
                normalised.add(new CompanyVat(typed.id(), vat));
            }
        }
        if (!normalised.isEmpty()) {
            rows.normalised(normalised);
        }
    }
}
