package dev.passerelle.server.apply;

import dev.passerelle.server.store.ApplyTables;
import dev.passerelle.server.store.ApplyTables.ListCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The company's list values as they are when a batch is applied (the first value of a list is its
 * default), and the representatives the batch names. Used by one request's thread.
 */
final class CompanyLists {

    private final Map<String, List<String>> lists;
    private final Map<String, Boolean> representatives = new HashMap<>();

    private CompanyLists(Map<String, List<String>> lists) {
        this.lists = lists;
    }

    static CompanyLists load(Handle handle) {
        Map<String, List<String>> lists = new HashMap<>();
        for (ListCode code : handle.attach(ApplyTables.class).listCodes()) {
            lists.computeIfAbsent(code.listName(), name -> new ArrayList<>()).add(code.code());
        }
        return new CompanyLists(lists);
    }

    boolean contains(String list, String code) {
        return lists.getOrDefault(list, List.of()).contains(code);
    }

    /**
     * Whether a representative has this key; asked once per key and batch (ApplyChanges never writes
     * representatives).
     */
    boolean representativeExists(Handle handle, String key) {
        return representatives.computeIfAbsent(key, known -> AccountApplier.exists(handle, "representative", known));
    }

    Optional<String> defaultOf(String list) {
        return lists.getOrDefault(list, List.of()).stream().findFirst();
    }
}
