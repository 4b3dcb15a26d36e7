package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.security.FailedLogins;
import dev.passerelle.common.security.LoginRefusal;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one servlet: static files, log-in, then every page and form of a logged-in CRM user.
 * Every POST must carry the session's CSRF token (form field {@code _csrf} or header
 * {@code X-CSRF-Token}); a form's refusal by the engine (permission, bad value, busy, disconnected)
 * comes back as a message on the page it came from. Failed log-ins are counted per login and per
 * client address ({@link FailedLogins}); once either is locked out, a log-in is answered 429 with the
 * time left, without checking the password.
 */
final class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);
    static final String COOKIE = "passerelle_console";
    private static final String HTMX = htmxPath();

    /** What answers one route; {@code path} holds the route's groups. */
    @FunctionalInterface
    interface Handler {
        void handle(Exchange exchange, Matcher path);
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private final transient Sessions sessions;
    private final transient Flashes flashes = new Flashes();
    private final transient TemplateEngine templates;
    private final transient CrmEngine engine;
    private final transient FailedLogins failedLogins;
    private final transient List<Route> routes = new ArrayList<>();

    ConsoleServlet(CrmEngine engine, Jobs jobs, Sessions sessions, FailedLogins failedLogins, TemplateEngine templates,
                   Clock clock) {
        this.engine = engine;
        this.sessions = sessions;
        this.failedLogins = failedLogins;
        this.templates = templates;
        DashboardPages dashboard = new DashboardPages(engine, jobs, clock);
        get("/", dashboard::dashboard);
        get("/integrations/([^/]+)/erp", dashboard::erpCheck);
        post("/integrations/([^/]+)/run", dashboard::run);
        post("/integrations/([^/]+)/disconnect", dashboard::disconnect);
        post("/integrations/([^/]+)/reconnect", dashboard::reconnect);
        get("/jobs/(\\d+)", dashboard::job);
        ErrorPages errors = new ErrorPages(engine);
        get("/errors", errors::list);
        post("/errors/(\\d+)/stop", errors::stop);
        post("/errors/(\\d+)/reactivate", errors::reactivate);
        DiagnosePages diagnose = new DiagnosePages(engine, jobs);
        get("/diagnose", diagnose::list);
        post("/diagnose/fix", diagnose::fix);
        OrphanPages orphans = new OrphanPages(engine);
        get("/orphans", orphans::list);
        post("/orphans/(\\d+)/create-company", orphans::createCompany);
        post("/orphans/create-all", orphans::createAll);
        CompanyPages companies = new CompanyPages(engine);
        get("/companies", companies::list);
        get("/companies/(\\d+)", companies::company);
        post("/companies/(\\d+)/link", companies::link);
        post("/accounts/(\\d+)/unlink", companies::unlink);
        post("/accounts/(\\d+)/code", companies::setCode);
        RunPages runs = new RunPages(engine);
        get("/runs", runs::list);
        get("/runs/(\\d+)", runs::run);
        get("/settings", runs::settings);
    }

    private void get(String path, Handler handler) {
        routes.add(new Route("GET", Pattern.compile(path), handler));
    }

    private void post(String path, Handler handler) {
        routes.add(new Route("POST", Pattern.compile(path), handler));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        securityHeaders(response);
        String path = request.getRequestURI();
        String method = request.getMethod();
        if (method.equals("GET") && path.startsWith("/static/")) {
            serveStatic(path, response);
            return;
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            response.sendError(405);
            return;
        }
        Optional<Sessions.Session> session = sessions.find(cookie(request));
        if (path.equals("/login")) {
            login(request, response, session.orElse(null));
            return;
        }
        if (session.isEmpty() || !session.get().loggedIn()) {
            refuseAnonymous(request, response, method);
            return;
        }
        Exchange exchange = new Exchange(request, response, session.get(), templates, flashes);
        if (method.equals("POST") && !csrfOk(request, session.get())) {
            LOG.warn("console: a POST to {} by {} without its CSRF token was refused", path, session.get().login());
            exchange.send(403, "text/plain; charset=UTF-8", "refused: this form has no valid CSRF token; reload the page");
            return;
        }
        if (method.equals("POST") && path.equals("/logout")) {
            sessions.close(session.get().id());
            flashes.forget(session.get().id());
            clearCookie(response);
            response.setStatus(303);
            response.setHeader("Location", "/login");
            return;
        }
        dispatch(exchange, method, path);
    }

    private void dispatch(Exchange exchange, String method, String path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(method)) {
                answer(exchange, route, matcher);
                return;
            }
        }
        problem(exchange, pathKnown ? 405 : 404, pathKnown ? "not with " + method : "no page at " + path);
    }

    private void answer(Exchange exchange, Route route, Matcher matcher) {
        boolean form = route.method().equals("POST");
        try {
            route.handler().handle(exchange, matcher);
        } catch (EngineException.PermissionDenied denied) {
            refused(exchange, form, 403, "refused: " + denied.getMessage());
        } catch (EngineException.BadRequest bad) {
            refused(exchange, form, 400, "refused: " + bad.getMessage());
        } catch (EngineException.Busy | EngineException.Disconnected busy) {
            refused(exchange, form, 409, busy.getMessage());
        } catch (ErpException erp) {
            refused(exchange, form, 502, "ERP: " + erp.getMessage());
        } catch (ConsoleException console) {
            refused(exchange, form, console.status(), console.getMessage());
        } catch (DataAccessError.Unavailable store) {
            refused(exchange, form, 503, "the CRM store cannot be reached: " + store.getMessage());
        } catch (EngineException failure) {
            refused(exchange, form, 500, "failed: " + failure.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.error("console: {} {} failed", route.method(), exchange.request.getRequestURI(), unexpected);
            refused(exchange, form, 500, "internal error: " + unexpected.getClass().getSimpleName());
        }
    }

    /** A refused form goes back to its page with the reason; a refused page shows the reason with its status. */
    private void refused(Exchange exchange, boolean form, int status, String message) {
        if (form && !exchange.response.isCommitted()) {
            exchange.redirect(exchange.back("/"), new Views.Flash(false, message, null));
        } else {
            problem(exchange, status, message);
        }
    }

    private static void problem(Exchange exchange, int status, String message) {
        exchange.render(status, "problem.jte", new Views.Problem(exchange.frame("Refused", ""), status, message));
    }

    private void login(HttpServletRequest request, HttpServletResponse response, Sessions.Session session) {
        if (request.getMethod().equals("GET")) {
            Sessions.Session anonymous = session != null ? session : sessions.open(null);
            setCookie(response, anonymous.id());
            page(response, 200, new Views.LoginPage(anonymous.csrf(), null, null));
            return;
        }
        if (session == null || !csrfOk(request, session)) {
            Sessions.Session fresh = sessions.open(null);
            setCookie(response, fresh.id());
            page(response, 403, new Views.LoginPage(fresh.csrf(), null, "the log-in form had expired; log in again"));
            return;
        }
        String login = request.getParameter("login") == null ? "" : request.getParameter("login").strip();
        String address = request.getRemoteAddr();
        Optional<FailedLogins.LockOut> lockOut = failedLogins.lockOut(login, address);
        if (lockOut.isPresent()) {
            LOG.warn("console: a log-in as '{}' from {} was refused: {}", login, address, lockOut.get().reason());
            tooManyAttempts(response, session, login, lockOut.get().retryAfter());
            return;
        }
        String password = request.getParameter("password");
        char[] typed = password == null ? new char[0] : password.toCharArray();
        try {
            var user = login.isEmpty() || typed.length == 0 ? Optional.<dev.passerelle.client.users.CrmUser>empty()
                    : engine.users().authenticate(login, typed);
            if (user.isEmpty()) {
                refuse(response, session, login, address, typed.length > 0);
                return;
            }
            failedLogins.succeeded(login);
            sessions.close(session.id());
            Sessions.Session logged = sessions.open(user.get().login());
            setCookie(response, logged.id());
            LOG.info("console: {} logged in from {}", logged.login(), address);
            response.setStatus(303);
            response.setHeader("Location", "/");
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** A wrong login or password: counted when one was typed, and answered 429 if it locked the login or the address out. */
    private void refuse(HttpServletResponse response, Sessions.Session session, String login, String address, boolean typed) {
        if (!typed) {
            page(response, 401, new Views.LoginPage(session.csrf(), login, "wrong login or password"));
            return;
        }
        LoginRefusal refusal = failedLogins.failed(login, address);
        LOG.warn("console: a log-in as '{}' from {} was refused: {}", login, address, refusal.reason());
        Optional<FailedLogins.LockOut> lockOut = refusal.locksOut() ? failedLogins.lockOut(login, address) : Optional.empty();
        if (lockOut.isPresent()) {
            tooManyAttempts(response, session, login, lockOut.get().retryAfter());
        } else {
            page(response, 401, new Views.LoginPage(session.csrf(), login, "wrong login or password"));
        }
    }

    private void tooManyAttempts(HttpServletResponse response, Sessions.Session session, String login, Duration left) {
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        page(response, 429, new Views.LoginPage(session.csrf(), login, "too many failed log-ins for this login or from this"
                + " address: try again in " + seconds + " s"));
    }

    private void page(HttpServletResponse response, int status, Views.LoginPage model) {
        gg.jte.output.StringOutput output = new gg.jte.output.StringOutput();
        templates.render("login.jte", model, output);
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        try {
            response.getOutputStream().write(output.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            throw new UncheckedIOException(gone);
        }
    }

    private static void refuseAnonymous(HttpServletRequest request, HttpServletResponse response, String method) {
        if (method.equals("GET") && request.getHeader("HX-Request") == null) {
            response.setStatus(303);
            response.setHeader("Location", "/login");
        } else {
            // a fragment or a form of a session that has ended: the page reloads to the log-in
            response.setStatus(401);
            response.setHeader("HX-Redirect", "/login");
        }
    }

    private static boolean csrfOk(HttpServletRequest request, Sessions.Session session) {
        String token = request.getHeader("X-CSRF-Token");
        if (token == null) {
            token = request.getParameter("_csrf");
        }
        return session.acceptsCsrf(token);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(COOKIE)).map(Cookie::getValue).findFirst()
                .orElse(null);
    }

    private static void setCookie(HttpServletResponse response, String id) {
        response.addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    }

    private static void clearCookie(HttpServletResponse response) {
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    private static void serveStatic(String path, HttpServletResponse response) throws IOException {
        String resource;
        String type;
        switch (path) {
            case "/static/htmx.min.js" -> {
                resource = HTMX;
                type = "text/javascript; charset=UTF-8";
            }
            case "/static/console.css" -> {
                resource = "dev/passerelle/console/console.css";
                type = "text/css; charset=UTF-8";
            }
            default -> {
                response.sendError(404);
                return;
            }
        }
        try (InputStream in = ConsoleServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setHeader("Cache-Control", "max-age=3600");
            response.setContentType(type);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    /** Where the htmx WebJar keeps its script, from the version it records of itself. */
    private static String htmxPath() {
        Properties webjar = new Properties();
        try (InputStream in = ConsoleServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the htmx WebJar is not on the class path");
            }
            webjar.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return "META-INF/resources/webjars/htmx.org/" + webjar.getProperty("version") + "/dist/htmx.min.js";
    }
}
