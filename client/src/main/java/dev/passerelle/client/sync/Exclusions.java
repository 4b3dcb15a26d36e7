package dev.passerelle.client.sync;

import dev.passerelle.client.store.CompanyRows;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Which companies are out of the flow for this run: "never sync", or "not this time" when the run began. */
final class Exclusions {

    private Exclusions() {
    }

    static Set<Long> excluded(Handle handle, Collection<Long> companyIds, Set<Long> skippedThisRun) {
        List<Long> ids = companyIds.stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> excluded = new HashSet<>();
        if (ids.isEmpty()) {
            return excluded;
        }
        for (Long id : ids) {
            if (skippedThisRun.contains(id)) {
                excluded.add(id);
            }
        }
        CompanyRows companies = handle.attach(CompanyRows.class);
        for (List<Long> chunk : Chunks.of(ids)) {
            excluded.addAll(companies.neverSyncAmong(chunk));
        }
        return excluded;
    }
}
