package dev.passerelle.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.store.CompanyReads;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.common.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's protections as a script would meet them, with java.net.http: a POST without the
 * session's CSRF token is refused and changes nothing, the session cookie is HttpOnly and
 * SameSite=Strict, nothing but the log-in answers without a session, and failed log-ins lock a login
 * or an address out; and companies found by a part of their name, a page at a time.
 */
class ConsoleHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COMPANY_LINK = Pattern.compile("class=\"company-link\">([^<]*)<");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login"))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String anonymous = cookie(form);
            assertThat(form.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                    header -> assertThat(header).contains("HttpOnly").contains("SameSite=Strict"));
            HttpResponse<String> loggedIn = post(fixture, "/login", anonymous, "_csrf=" + csrf(form.body()) + "&login="
                    + ConsoleFixture.ADMIN + "&password=" + ConsoleFixture.ADMIN_PASSWORD);
            assertThat(loggedIn.statusCode()).isEqualTo(303);
            String session = cookie(loggedIn);
            assertThat(session).isNotEqualTo(anonymous);
            HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/")))
                    .header("Cookie", ConsoleServlet.COOKIE + "=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);

            HttpResponse<String> withoutToken = post(fixture, "/integrations/main/disconnect", session, "reason=forged");
            HttpResponse<String> wrongToken = post(fixture, "/integrations/main/disconnect", session, "_csrf=guess&reason=forged");
            HttpResponse<String> anonymousPost = post(fixture, "/integrations/main/disconnect", anonymous,
                    "_csrf=" + csrf(form.body()) + "&reason=forged");

            assertThat(withoutToken.statusCode()).isEqualTo(403);
            assertThat(withoutToken.body()).contains("CSRF");
            assertThat(wrongToken.statusCode()).isEqualTo(403);
            assertThat(anonymousPost.statusCode()).isEqualTo(401);
            assertThat(fixture.engine.erpLinks().state("main").connected()).isTrue();

            HttpResponse<String> withToken = post(fixture, "/integrations/main/disconnect", session,
                    "_csrf=" + csrf(dashboard.body()) + "&reason=planned");
            assertThat(withToken.statusCode()).isEqualTo(303);
            assertThat(fixture.engine.erpLinks().state("main").connected()).isFalse();
        }
    }

    @Test
    void everyPageButTheLogInNeedsASession() throws Exception {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            for (String path : new String[] {"/", "/errors", "/diagnose", "/orphans", "/companies", "/runs", "/settings", "/companies/1"}) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path).isEqualTo(303);
                assertThat(answer.headers().firstValue("Location")).as(path).contains("/login");
            }
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/static/htmx.min.js")))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.body()).contains("htmx");
        }
    }

    @Test
    void aLoginLockedOutIsAnswered429WithoutCheckingThePasswordUntilTheLockOutEnds() throws Exception {
        MutableClock clock = MutableClock.systemNow();
        LoginLimits limits = new LoginLimits(3, 100, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO);
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1, clock, limits)) {
            assertThat(logIn(fixture, ConsoleFixture.ADMIN, "wrong-1").statusCode()).isEqualTo(401);
            assertThat(logIn(fixture, ConsoleFixture.ADMIN, "wrong-2").statusCode()).isEqualTo(401);
            HttpResponse<String> third = logIn(fixture, ConsoleFixture.ADMIN, "wrong-3");
            assertThat(third.statusCode()).as("the failure that locks the login out").isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).contains("300");
            assertThat(third.body()).contains("too many failed log-ins").contains("try again in 300 s");

            clock.advance(Duration.ofSeconds(100));
            HttpResponse<String> rightPassword = logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD);
            assertThat(rightPassword.statusCode()).isEqualTo(429);
            assertThat(rightPassword.headers().firstValue("Retry-After")).contains("200");
            assertThat(rightPassword.body()).contains("try again in 200 s");
            assertThat(logIn(fixture, ConsoleFixture.BOB, ConsoleFixture.BOB_PASSWORD).statusCode())
                    .as("another login from the same address").isEqualTo(303);

            clock.advance(Duration.ofSeconds(200));
            assertThat(logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void anAddressThatFailedTooOftenIsLockedOutForEveryLogin() throws Exception {
        MutableClock clock = MutableClock.systemNow();
        LoginLimits limits = new LoginLimits(100, 4, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO);
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1, clock, limits)) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(logIn(fixture, "made-up-" + attempt, "guess").statusCode()).isEqualTo(401);
            }
            assertThat(logIn(fixture, "made-up-4", "guess").statusCode()).isEqualTo(429);

            HttpResponse<String> bob = logIn(fixture, ConsoleFixture.BOB, ConsoleFixture.BOB_PASSWORD);

            assertThat(bob.statusCode()).isEqualTo(429);
            assertThat(bob.body()).contains("too many failed log-ins");
            assertThat(bob.headers().firstValue("Set-Cookie")).as("no session is opened").isEmpty();
            clock.advance(Duration.ofMinutes(5));
            assertThat(logIn(fixture, ConsoleFixture.BOB, ConsoleFixture.BOB_PASSWORD).statusCode()).isEqualTo(303);
        }
    }

    @Test
    void companiesFoundByAPartOfTheirNameAreListedByNameAPageAtATimeWithTheirCount() throws Exception {
        try (ConsoleFixture fixture = ConsoleFixture.start(folder, 1)) {
            for (int number = 1; number <= 23; number++) {
                fixture.engine.edits().createCompany(new NewCompany((number % 2 == 0 ? "Grand hôtel " : "HÔTEL de la Gare ")
                        + (100 - number), "PROSPECT", null, null, null, null, null, null));
            }
            fixture.engine.edits().createCompany(new NewCompany("Hotel sans accent", "PROSPECT", null, null, null, null, null, null));
            fixture.engine.edits().createCompany(new NewCompany("Remise 100%_net", "PROSPECT", null, null, null, null, null, null));
            fixture.engine.edits().createCompany(new NewCompany("Remise 1000 net", "PROSPECT", null, null, null, null, null, null));
            String session = cookie(logIn(fixture, ConsoleFixture.ADMIN, ConsoleFixture.ADMIN_PASSWORD));

            String first = get(fixture, "/companies?q=h%C3%B4tel", session);
            String second = get(fixture, "/companies?q=h%C3%B4tel&offset=20", session);
            String wildcards = get(fixture, "/companies?q=100%25_", session);

            List<String> expected = fixture.engine.store().jdbi().withExtension(CompanyReads.class,
                    reads -> reads.byName("%hôtel%", 0, 100)).stream().map(CompanyReads.CompanyRow::name).toList();
            assertThat(expected).hasSizeBetween(23, 40).allSatisfy(name -> assertThat(name.toUpperCase(Locale.ROOT)).contains("HÔTEL"));
            assertThat(names(first)).containsExactlyElementsOf(expected.subList(0, 20));
            assertThat(first).contains("of " + expected.size());
            assertThat(names(second)).containsExactlyElementsOf(expected.subList(20, expected.size()));
            assertThat(second).contains("of " + expected.size());
            assertThat(names(wildcards)).containsExactly("Remise 100%_net");
        }
    }

    private String get(ConsoleFixture fixture, String path, String session) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(fixture.url(path)))
                .header("Cookie", ConsoleServlet.COOKIE + "=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static List<String> names(String html) {
        Matcher matcher = COMPANY_LINK.matcher(html);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1).replace("&#39;", "'"));
        }
        return names;
    }

    /** A log-in as a browser makes it: the form first (an anonymous session and its CSRF token), then the POST. */
    private HttpResponse<String> logIn(ConsoleFixture fixture, String login, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return post(fixture, "/login", cookie(form), "_csrf=" + csrf(form.body()) + "&login=" + login + "&password=" + password);
    }

    private HttpResponse<String> post(ConsoleFixture fixture, String path, String session, String form)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(fixture.url(path)))
                .header("Cookie", ConsoleServlet.COOKIE + "=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }
}
