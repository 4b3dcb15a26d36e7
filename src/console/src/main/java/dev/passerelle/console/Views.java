package dev.passerelle.console;

import dev.passerelle.client.admin.EngineStatus;
import dev.passerelle.client.admin.ErrorsTab;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.diagnose.Finding;
import dev.passerelle.client.link.CrmLinks;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.store.CompanyReads;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the templates show: one record per page or part of a page. Immutable. */
public final class Views {

    private Views() {
    }

    /** A message shown once at the top of the next page: an action's outcome. */
    public record Flash(boolean ok, String text, String command) {
    }

    /** What every page has: its title and tab, who is logged in, the CSRF token of its forms, a message. */
    public record Frame(String title, String tab, String login, String csrf, Flash flash) {
    }

    /**
     * Links to the pages of a listing, keeping its filters: {@code path} with {@code filters} as query
     * parameters (null values left out) and the page's first row ({@code offset=N}) or, for listings the
     * ERP pages, its number from 1 ({@code page=N}, {@code byNumber}).
     */
    public record Pager(String path, Map<String, String> filters, long total, int offset, int limit, int shown,
                        boolean byNumber) {

        public static Pager of(String path, Map<String, String> filters, Paged<?> page) {
            return new Pager(path, filters, page.total(), page.offset(), page.limit(), page.rows().size(), false);
        }

        public boolean hasPrevious() {
            return offset > 0;
        }

        public boolean hasNext() {
            return offset + shown < total;
        }

        /** This very page, with its filters: where a form on it comes back to. */
        public String current() {
            return href(offset);
        }

        public String previous() {
            return href(Math.max(0, offset - limit));
        }

        public String next() {
            return href(offset + limit);
        }

        /** "Rows 21-40 of 93", or "No rows". */
        public String describe() {
            return total == 0 ? "No rows" : shown == 0 ? "Past the end: " + total + " rows in all"
                    : "Rows " + (offset + 1) + "-" + (offset + shown) + " of " + total;
        }

        private String href(int at) {
            Map<String, String> query = new LinkedHashMap<>();
            filters.forEach((key, value) -> {
                if (value != null && !value.isEmpty()) {
                    query.put(key, value);
                }
            });
            if (byNumber) {
                query.put("page", Integer.toString(at / limit + 1));
            } else {
                query.put("offset", Integer.toString(at));
            }
            StringBuilder href = new StringBuilder(path);
            char separator = '?';
            for (Map.Entry<String, String> entry : query.entrySet()) {
                href.append(separator).append(encode(entry.getKey())).append('=').append(encode(entry.getValue()));
                separator = '&';
            }
            return href.toString();
        }
    }

    /** One past run, as a dashboard row: counts each way. */
    public record RunLine(RunHistory.RunRow run, int received, int sent) {

        public String duration() {
            return run.durationMs() == null ? "" : Format.duration(run.durationMs());
        }

        public String started() {
            return Format.time(run.startedAt());
        }
    }

    /** One integration on the dashboard. */
    public record IntegrationCard(String name, String erpUrl, EngineStatus status, List<RunLine> runs, String nextRun,
                                  Jobs.Job job) {
    }

    public record Dashboard(Frame frame, List<IntegrationCard> integrations) {
    }

    /** What the ERP said of itself, or why it could not be asked. */
    public record ErpCheck(String integration, boolean reached, String company, String product, boolean maintenance,
                           String problem) {
    }

    public record ErrorsPage(Frame frame, List<String> integrations, String integration, String state,
                             List<ErrorsTab.QueuedError> rows, Pager pager) {
    }

    public record DiagnosePage(Frame frame, List<String> kinds, String kind, List<Finding> findings, Pager pager) {
    }

    /** An orphan account and the command that creates a company for it. */
    public record OrphanLine(CrmLinks.Orphan orphan, String command) {

        public boolean secondary() {
            return orphan.companyId() != null;
        }
    }

    /**
     * A page of orphans, with the two commands that create companies for all the integration's
     * orphans: those with no company, and those and the secondary accounts.
     */
    public record OrphansPage(Frame frame, List<String> integrations, String integration, List<String> kinds, String kind,
                              List<OrphanLine> rows, String createAll, String createAllWithSecondary, Pager pager) {
    }

    public record CompaniesPage(Frame frame, String query, List<CompanyReads.CompanyRow> rows, Pager pager) {
    }

    /** A company and its selected tab: its accounts, or one live ERP listing ({@code figures}, already shaped in rows). */
    public record CompanyPage(Frame frame, CompanyReads.CompanyRow company, List<CompanyReads.AccountLink> accounts,
                              List<String> integrations, String integration, String tab, Table figures, String problem,
                              Pager pager) {
    }

    /** A table of live figures: a line above it, headings, rows of text, which columns are amounts, rows in all (-1: not paged). */
    public record Table(String caption, List<String> headings, List<List<String>> rows, List<Boolean> numeric, long total) {
    }

    public record RunPage(Frame frame, RunHistory.RunRow run, List<RunReport.Count> counts, List<String> kinds, String kind,
                          List<RunHistory.LogLine> lines, Pager pager) {
    }

    public record RunsPage(Frame frame, List<String> integrations, String integration, String status, List<RunLine> runs,
                           Pager pager) {
    }

    /** One configuration value as shown: secrets never, only whether they are set. */
    public record Setting(String key, String value) {
    }

    public record SettingsPage(Frame frame, List<Setting> store, Map<String, List<Setting>> integrations) {
    }

    public record LoginPage(String csrf, String login, String problem) {
    }

    public record Problem(Frame frame, int status, String message) {
    }

    /** Small formatting helpers the templates call. */
    public static final class Format {

        private Format() {
        }

        public static String amount(BigDecimal value) {
            return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
        }

        public static String duration(long millis) {
            return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }

        /** A stored time as people read it: to the second, "2026-03-02 08:00:41". */
        public static String time(String stored) {
            if (stored == null) {
                return "";
            }
            String plain = stored.replace('T', ' ');
            int fraction = plain.indexOf('.');
            return fraction > 0 ? plain.substring(0, fraction) : plain;
        }

        public static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
