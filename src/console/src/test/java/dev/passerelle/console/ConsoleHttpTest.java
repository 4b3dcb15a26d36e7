package dev.passerelle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's protections as a script would meet them, with java.net.http: a POST without the
 * session's CSRF token is refused and changes nothing, the session cookie is HttpOnly and
 * SameSite=Strict, and nothing but the log-in answers without a session.
 */
class ConsoleHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
            for (String path : new String[] {"/", "/errors", "/diagnose", "/companies", "/runs", "/settings", "/companies/1"}) {
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
