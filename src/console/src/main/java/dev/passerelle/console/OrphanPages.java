package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.link.CrmLinks.OrphanKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Orphans, as {@code crm-sync orphans} lists them: an integration's ERP accounts with no company, and
 * secondary accounts of a company, a page at a time. "Create company" runs the command shown beside
 * it, {@code crm-sync orphans --create-company ID}, through the command line's own classes as the user
 * logged in, as the diagnose page runs its fixes: a user denied {@code link} is refused with the
 * command's own message. "Create companies for all" runs {@code crm-sync orphans --all} likewise,
 * for the integration shown, secondary accounts included or not (a button each).
 */
final class OrphanPages {

    static final int PAGE = 20;

    private final CrmEngine engine;

    OrphanPages(CrmEngine engine) {
        this.engine = engine;
    }

    /** The command that creates a company for an orphan account, as it is printed, shown and run. */
    static String createCompany(long accountId) {
        return "crm-sync orphans --create-company " + accountId;
    }

    /**
     * The command that creates a company for every account of the integration with no company, and
     * for every secondary account too when asked, as it is shown and run.
     */
    static String createAll(String integration, boolean includeSecondary) {
        return "crm-sync orphans --integration " + integration + " --all" + (includeSecondary ? " --include-secondary" : "");
    }

    void list(Exchange exchange, Matcher path) {
        List<String> integrations = List.copyOf(engine.settings().integrations().keySet());
        String integration = Optional.ofNullable(exchange.param("integration")).orElse(integrations.get(0));
        engine.settings().integration(integration);
        OrphanKind kind = kind(exchange);
        Paged<CrmLinks.Orphan> page = engine.links().orphans(integration, kind, exchange.number("offset", 0), PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("integration", integration);
        filters.put("kind", kind == null ? null : kind.name());
        exchange.render("orphans.jte", new Views.OrphansPage(exchange.frame("Orphans", "orphans"), integrations, integration,
                Arrays.stream(OrphanKind.values()).map(Enum::name).toList(), filters.get("kind"),
                page.rows().stream().map(orphan -> new Views.OrphanLine(orphan, createCompany(orphan.accountId()))).toList(),
                createAll(integration, false), createAll(integration, true), Views.Pager.of("/orphans", filters, page)));
    }

    /** "Create company": {@code crm-sync orphans --create-company ID}, run as typed. */
    void createCompany(Exchange exchange, Matcher path) {
        String command = createCompany(Long.parseLong(path.group(1)));
        exchange.redirect(exchange.back("/orphans"), CommandLines.run(engine, exchange.login(), command));
    }

    /**
     * "Create companies for all": {@code crm-sync orphans --integration NAME --all}, with
     * {@code --include-secondary} when the form asks, run as typed, for an integration of the settings.
     */
    void createAll(Exchange exchange, Matcher path) {
        String integration = exchange.required("integration");
        if (!engine.settings().integrations().containsKey(integration)) {
            throw ConsoleException.badRequest("no integration '" + integration + "'");
        }
        String command = createAll(integration, "true".equals(exchange.param("include-secondary")));
        // Back to the integration's first page: the page the form was on may be past the end now.
        exchange.redirect("/orphans?integration=" + URLEncoder.encode(integration, StandardCharsets.UTF_8),
                CommandLines.run(engine, exchange.login(), command));
    }

    private static OrphanKind kind(Exchange exchange) {
        String kind = exchange.param("kind");
        return kind == null ? null : Arrays.stream(OrphanKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .orElseThrow(() -> ConsoleException.badRequest("no orphan kind '" + kind + "'"));
    }
}
