package dev.passerelle.client.edit;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.store.LinkRows;
import dev.passerelle.client.store.ListRows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Checks a typed value against what the ERP will take, before anything is written, as the integration
 * guide checks them when typed: a currency, category, language or contact service from the ERP's lists
 * (sent with its company settings), and an accounting code no other account of the integration uses.
 */
public final class ListedValues {

    /** Field -> the company-settings list its values come from. */
    private static final Map<String, String> LISTS = Map.of("currency", "currency", "accountingCategory", "accountingCategory",
            "priceCategory", "priceCategory", "language", "language", "service", "contactService");

    private ListedValues() {
    }

    /** The ERP list a field's values come from ("language" -> "language", "service" -> "contactService"). */
    public static Optional<String> listOf(String field) {
        return Optional.ofNullable(LISTS.get(field));
    }

    /**
     * Refuses a value that is not in the list of the integration ({@code null}: of any integration).
     * Before the ERP sent its lists (no first sync yet), every value passes: the ERP checks it then.
     */
    static void check(Handle handle, String integration, String field, String value) {
        String list = LISTS.get(field);
        if (list == null || value == null) {
            return;
        }
        ListRows lists = handle.attach(ListRows.class);
        List<String> codes = integration == null ? lists.codes(list) : lists.codes(list, integration);
        if (!codes.isEmpty() && !codes.contains(value)) {
            throw new EngineException.BadRequest(field + " must be one of the ERP's values " + codes + ", was '" + value + "'");
        }
    }

    /** Refuses an accounting code another account of the integration uses ({@code accountId}: the one typing it). */
    static void requireFreeCode(Handle handle, String integration, String code, long accountId) {
        if (code == null || integration == null || code.equals(AccountCodes.PENDING) || code.equals(AccountCodes.AUTO_ERP)) {
            return;
        }
        handle.attach(LinkRows.class).othersWithCode(integration, code, accountId).stream().findFirst()
                .ifPresent(other -> {
                    throw new EngineException.BadRequest("account code " + code + " is already the code of account " + other
                            + " in '" + integration + "'");
                });
    }
}
