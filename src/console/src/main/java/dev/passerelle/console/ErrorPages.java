package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.ErrorsTab;
import dev.passerelle.client.admin.Paged;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** The errors tab: records the ERP rejected, its field errors in full; stop syncing one, reactivate it. */
final class ErrorPages {

    static final int PAGE = 20;

    private final CrmEngine engine;

    ErrorPages(CrmEngine engine) {
        this.engine = engine;
    }

    void list(Exchange exchange, Matcher path) {
        String integration = exchange.param("integration");
        if (integration != null && !engine.settings().integrations().containsKey(integration)) {
            throw ConsoleException.badRequest("no integration '" + integration + "'");
        }
        String state = exchange.param("state");
        Boolean stopped = state == null ? null : switch (state) {
            case "stopped" -> Boolean.TRUE;
            case "waiting" -> Boolean.FALSE;
            default -> throw ConsoleException.badRequest("state is waiting or stopped, was '" + state + "'");
        };
        Paged<ErrorsTab.QueuedError> page = engine.errors().page(integration, stopped, exchange.number("offset", 0), PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("integration", integration);
        filters.put("state", state);
        exchange.render("errors.jte", new Views.ErrorsPage(exchange.frame("Errors", "errors"),
                List.copyOf(engine.settings().integrations().keySet()), integration, state, page.rows(),
                Views.Pager.of("/errors", filters, page)));
    }

    /** "Stop syncing": {@code crm-sync errors --stop ID}. */
    void stop(Exchange exchange, Matcher path) {
        long id = Long.parseLong(path.group(1));
        engine.errors().stop(id);
        exchange.redirect(exchange.back("/errors"), new Views.Flash(true, "record " + id + " taken out of the flow",
                "crm-sync errors --stop " + id));
    }

    /** "Reactivate": {@code crm-sync errors --reactivate ID}. */
    void reactivate(Exchange exchange, Matcher path) {
        long id = Long.parseLong(path.group(1));
        engine.errors().reactivate(id);
        exchange.redirect(exchange.back("/errors"), new Views.Flash(true, "record " + id + " back in the flow; the next run sends it",
                "crm-sync errors --reactivate " + id));
    }
}
