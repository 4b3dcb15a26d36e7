package dev.passerelle.client.sync;

import dev.passerelle.client.mapping.Vat;
import dev.passerelle.client.store.VatRows;
import dev.passerelle.client.store.VatRows.CompanyVat;
import dev.passerelle.client.store.VatRows.MatchableCompany;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * First-sync matching: CRM companies found by normalised VAT number, so that an ERP account links to
 * them instead of duplicating them. Only companies that are no account's company yet (in any
 * integration: each ERP account gets its own company) and are not flagged "never sync" are matched.
 * A company whose VAT number was typed by a CRM sharing the database, without its normalised form,
 * is normalised first ({@link #normaliseTyped}, once a run: finding them reads every company without
 * a normalised number) and matched like the others.
 *
 * <p>The companies are looked up in the store's {@code ix_company_vat} ({@link #indexed}), or, while a
 * first load goes without that index ({@code FirstLoadIndexes}), in a map of the companies the store
 * held when the load's first accounts came ({@link #inMemory}). The map's candidates are checked in
 * the store, by id, before they are matched, so that a company flagged "never sync" or linked since
 * is passed over; a company typed in the CRM while the first load runs is not in the map and is not
 * matched.
 */
final class VatMatcher {

    /** Free companies by normalised VAT number, lowest id first; null when the store's index is asked. */
    private final Map<String, Deque<Long>> free;
    /** Companies flagged "never sync" by normalised VAT number, the lowest id of each; null likewise. */
    private final Map<String, Long> neverSync;

    private VatMatcher(Map<String, Deque<Long>> free, Map<String, Long> neverSync) {
        this.free = free;
        this.neverSync = neverSync;
    }

    /** Matching that asks the store's VAT index, page by page. */
    static VatMatcher indexed() {
        return new VatMatcher(null, null);
    }

    /** Matching from a map of the companies that carry a normalised VAT number now, read in one pass. */
    static VatMatcher inMemory(Handle handle) {
        Map<String, Deque<Long>> free = new HashMap<>();
        Map<String, Long> neverSync = new HashMap<>();
        for (MatchableCompany company : handle.attach(VatRows.class).matchable()) {
            if (company.neverSync()) {
                neverSync.putIfAbsent(company.vat(), company.id());
            } else {
                free.computeIfAbsent(company.vat(), vat -> new ArrayDeque<>(1)).add(company.id());
            }
        }
        return new VatMatcher(free, neverSync);
    }

    /**
     * Normalised VAT number -> company id, for companies free to be matched: the first (lowest id) of
     * each number. The caller links every company answered (to the first of its accounts that carries
     * the number): from memory, an answered company is not answered again.
     */
    Map<String, Long> unlinkedCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        if (vats.isEmpty()) {
            return new HashMap<>();
        }
        if (free == null) {
            return byVat(vats, handle.attach(VatRows.class)::free);
        }
        VatRows rows = handle.attach(VatRows.class);
        Map<String, Long> found = new HashMap<>();
        List<String> open = vats.stream().filter(free::containsKey).toList();
        while (!open.isEmpty()) {
            Map<Long, String> candidates = new LinkedHashMap<>();
            for (String vat : open) {
                candidates.put(take(vat), vat);
            }
            Set<Long> stillFree = new HashSet<>();
            for (List<Long> chunk : Chunks.of(candidates.keySet())) {
                stillFree.addAll(rows.stillFree(chunk));
            }
            List<String> next = new ArrayList<>();
            candidates.forEach((id, vat) -> {
                if (stillFree.contains(id)) {
                    found.put(vat, id);
                } else if (free.containsKey(vat)) {
                    next.add(vat); // flagged or linked since the map was read: the number's next company
                }
            });
            open = next;
        }
        return found;
    }

    /** The first company left for a VAT number of the map, no longer in it. */
    private Long take(String vat) {
        Deque<Long> ids = free.get(vat);
        Long id = ids.poll();
        if (ids.isEmpty()) {
            free.remove(vat);
        }
        return id;
    }

    /** Normalised VAT number -> company id, for companies flagged "never sync" that carry one of these numbers. */
    Map<String, Long> neverSyncCompanies(Handle handle, List<String> normalisedVats) {
        List<String> vats = normalisedVats.stream().filter(Objects::nonNull).distinct().toList();
        if (neverSync == null) {
            return byVat(vats, handle.attach(VatRows.class)::neverSync);
        }
        Map<String, Long> found = new HashMap<>();
        for (String vat : vats) {
            Long id = neverSync.get(vat);
            if (id != null) {
                found.put(vat, id);
            }
        }
        return found;
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
