package dev.passerelle.console;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One request being answered: its parameters, the session, and the ways to answer (a page, a fragment, a redirect). */
final class Exchange {

    /** The flash message of a session, shown once on the next page it renders. */
    private final Flashes flashes;
    final HttpServletRequest request;
    final HttpServletResponse response;
    final Sessions.Session session;
    private final TemplateEngine templates;

    Exchange(HttpServletRequest request, HttpServletResponse response, Sessions.Session session, TemplateEngine templates,
             Flashes flashes) {
        this.request = request;
        this.response = response;
        this.session = session;
        this.templates = templates;
        this.flashes = flashes;
    }

    String login() {
        return session.login();
    }

    /** A parameter, trimmed; null when absent or blank. */
    String param(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String name) {
        String value = param(name);
        if (value == null) {
            throw ConsoleException.badRequest("the form lacks " + name);
        }
        return value;
    }

    /** A whole number parameter; {@code otherwise} when absent; a typed refusal when it is not a number. */
    int number(String name, int otherwise) {
        String value = param(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw ConsoleException.badRequest(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** The frame of a page of this tab: who is logged in, the CSRF token, and the flash message, taken once. */
    Views.Frame frame(String title, String tab) {
        return new Views.Frame(title, tab, session.login(), session.csrf(), flashes.take(session.id()));
    }

    void render(String template, Object model) {
        render(200, template, model);
    }

    void render(int status, String template, Object model) {
        StringOutput output = new StringOutput();
        templates.render(template, model, output);
        send(status, "text/html; charset=UTF-8", output.toString());
    }

    void send(int status, String type, String body) {
        response.setStatus(status);
        response.setContentType(type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    /** Answers a form: back to {@code path} (a path of this console only) with a message for the next page. */
    void redirect(String path, Views.Flash flash) {
        if (flash != null) {
            flashes.put(session.id(), flash);
        }
        response.setStatus(303);
        response.setHeader("Location", local(path));
    }

    /** The page a form came from, when it named one of this console; else {@code otherwise}. */
    String back(String otherwise) {
        String back = param("back");
        return back == null ? otherwise : local(back);
    }

    /** Only paths of this console: never another site ("//host", "http:..."). */
    static String local(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
