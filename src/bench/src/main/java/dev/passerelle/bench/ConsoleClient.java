package dev.passerelle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CRM user in the console over real HTTP, as a browser without its scripts: logs in, then gets pages. */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String COOKIE = "passerelle_console";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI console;
    private String session;

    ConsoleClient(URI console) {
        this.console = console;
    }

    void logIn(String login, String password) {
        HttpResponse<String> form = send(HttpRequest.newBuilder(console.resolve("/login")).GET().build());
        String anonymous = cookie(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new BenchFailure("the console's log-in form has no CSRF field");
        }
        String body = "_csrf=" + encode(csrf.group(1)) + "&login=" + encode(login) + "&password=" + encode(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(console.resolve("/login"))
                .header("Cookie", COOKIE + "=" + anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (answer.statusCode() != 303) {
            throw new BenchFailure("the console refused the log-in: " + answer.statusCode());
        }
        session = cookie(answer);
    }

    /** Gets a page; fails unless it is answered 200. */
    String get(String pathAndQuery) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(console.resolve(pathAndQuery))
                .header("Cookie", COOKIE + "=" + session).GET().build());
        if (answer.statusCode() != 200) {
            throw new BenchFailure("GET " + pathAndQuery + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new BenchFailure("the console did not answer " + request.uri() + ": " + failed.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }

    private static String cookie(HttpResponse<?> response) {
        String header = response.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new BenchFailure("the console set no session cookie"));
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
