package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.config.EngineSettings;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs (listed, and one run's counts and log) and the settings, read-only with secrets masked. */
final class RunPages {

    static final int PAGE = 20;
    private static final List<String> KINDS = List.of("CONFLICT", "REJECTED", "WARNING", "ERROR");
    /** A password given inside a JDBC URL ({@code ;password=...}, {@code ?password=...}). */
    private static final Pattern URL_SECRET = Pattern.compile("(?i)((?:password|pwd)=)[^;&]*");

    private final CrmEngine engine;

    RunPages(CrmEngine engine) {
        this.engine = engine;
    }

    void list(Exchange exchange, Matcher path) {
        List<String> integrations = List.copyOf(engine.settings().integrations().keySet());
        String integration = Optional.ofNullable(exchange.param("integration")).orElse(integrations.get(0));
        engine.settings().integration(integration);
        String status = exchange.param("status");
        Paged<RunHistory.RunRow> page = engine.history().page(integration, status == null ? null : status.toUpperCase(Locale.ROOT),
                exchange.number("offset", 0), PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("integration", integration);
        filters.put("status", status);
        exchange.render("runs.jte", new Views.RunsPage(exchange.frame("Runs", "runs"), integrations, integration, status,
                DashboardPages.lines(engine.history(), page.rows()), Views.Pager.of("/runs", filters, page)));
    }

    void run(Exchange exchange, Matcher path) {
        long id = Long.parseLong(path.group(1));
        RunHistory history = engine.history();
        RunHistory.RunRow run = history.run(id).orElseThrow(() -> ConsoleException.notFound("no run " + id));
        String kind = exchange.param("kind");
        Paged<RunHistory.LogLine> page = history.logPage(id, kind, exchange.number("offset", 0), PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        exchange.render("run.jte", new Views.RunPage(exchange.frame("Run " + id, "runs"), run, history.counts(id), KINDS, kind,
                page.rows(), Views.Pager.of("/runs/" + id, filters, page)));
    }

    void settings(Exchange exchange, Matcher path) {
        EngineSettings settings = engine.settings();
        Map<String, List<Views.Setting>> integrations = new LinkedHashMap<>();
        settings.integrations().forEach((name, integration) -> integrations.put(name, shown(integration)));
        exchange.render("settings.jte", new Views.SettingsPage(exchange.frame("Settings", "settings"), shown(settings.store()),
                integrations));
    }

    /** Every component of a settings record, a secret only as "set" or "not set", a URL without its password. */
    static List<Views.Setting> shown(Record settings) {
        List<Views.Setting> shown = new ArrayList<>();
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(settings);
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException("cannot read setting " + component.getName(), unreadable);
            }
            String name = component.getName();
            String text;
            if (name.toLowerCase(Locale.ROOT).contains("password") || name.toLowerCase(Locale.ROOT).contains("secret")) {
                text = value == null || value.toString().isEmpty() ? "(not set)" : "******** (set)";
            } else if (value instanceof Optional<?> optional) {
                text = optional.map(Object::toString).orElse("");
            } else if (value instanceof String string && name.toLowerCase(Locale.ROOT).contains("url")) {
                text = URL_SECRET.matcher(string).replaceAll("$1********");
            } else {
                text = value == null ? "" : value.toString();
            }
            shown.add(new Views.Setting(name, text));
        }
        return shown;
    }
}
