package org.factpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.factpress.theme.TemplateProblem;

/**
 * The preview's web server, on 127.0.0.1 only. Serves the last build under the site's base path, each page
 * rendered when first asked for ({@link LiveSite}), with a small
 * script added to every HTML page that reloads it when a new build is ready; the script exists only here, never in
 * the published site.
 *
 * <p>It is the JDK's server, given a pool of threads and the JDK's own time limits ({@link #settleJvm}), so a
 * reader who sends half a request holds one thread for at most {@link #REQUEST_SECONDS} seconds while every other
 * reader is served. It answers only requests addressed to itself ({@code Host} 127.0.0.1, localhost or [::1] with
 * its port), so a web page that points its own name at 127.0.0.1 (DNS rebinding) cannot read the drafts; and only
 * GET and HEAD: it reads no request body.
 */
final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__factpress/version";
    static final String SCRIPT_PATH = "/__factpress/reload.js";

    /** Asks for the build number; when it changes, reloads the page. */
    static final String RELOAD_SCRIPT = """
            (function () {
              var seen = null;
              function poll() {
                fetch('%s', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
                  if (seen !== null && v !== seen) { location.reload(); return; }
                  seen = v;
                  setTimeout(poll, 400);
                }).catch(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """.formatted(VERSION_PATH);

    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\"></script>";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
            "pdf", "application/pdf", "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "woff2", "font/woff2");

    /**
     * The JDK's server sends a response's headers and body as two packets. With Nagle's algorithm on, the body
     * waits for the browser to acknowledge the headers, which Linux delays (delayed ACK): a wait on every response,
     * so turned off for the preview's small local answers. The JDK reads this once, when its server
     * classes load, so serve's start sets it before the first server is made; a value given on the command line is kept.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** A request (line, headers, any body) must arrive within this many seconds of its first byte, or is cut off. */
    static final int REQUEST_SECONDS = 5;
    /** A response must be taken by the reader within this many seconds of the request, or its connection is closed. */
    static final int RESPONSE_SECONDS = 30;
    /** A kept-alive connection with no request for this many seconds is closed (it holds no thread meanwhile). */
    static final int IDLE_SECONDS = 30;
    /** Requests with more header lines than this are refused (a browser sends about 20). */
    static final int MAX_HEADERS = 100;
    /**
     * Threads answering requests at once (made as needed; idle ones end); more requests wait their turn. A browser
     * opens at most six connections to a host and the reload script polls with short requests, so only readers
     * stalling on purpose could fill them, each for at most {@link #REQUEST_SECONDS} seconds.
     */
    static final int THREADS = 64;

    /**
     * The JDK's server limits, read once when its classes load (like {@link #NO_DELAY}). A body sent with a refused
     * request is not read by the preview, but the JDK waits for it after the answer, to keep the connection: at
     * most {@link #REQUEST_SECONDS} seconds, then the connection is closed.
     */
    static final Map<String, String> LIMITS = Map.of(
            NO_DELAY, "true",
            "sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS),
            "sun.net.httpserver.maxRspTime", Integer.toString(RESPONSE_SECONDS),
            "sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS),
            "sun.net.httpserver.maxReqHeaders", Integer.toString(MAX_HEADERS));

    /** Sets what the preview needs JVM-wide; called once, at serve's start, before any server is made. */
    static void settleJvm() {
        LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Supplier<Preview.State> state;

    PreviewServer(int port, Supplier<Preview.State> state) throws IOException {
        this.state = state;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger made = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "factpress-serve-" + made.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.allowCoreThreadTimeOut(true);
        this.pool = threads;
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!isOwnHost(host, port())) {
                send(exchange, 421, TYPES.get("txt"), ("this preview answers only http://127.0.0.1:" + port()
                        + "/ (or localhost, [::1]), not a request for "
                        + (host == null ? "no host" : "'" + (host.length() > 100 ? host.substring(0, 100) + "…" : host) + "'")
                        + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TYPES.get("txt"), "the preview only shows pages: GET and HEAD\n"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Preview.State s = state.get();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(s.version()).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
            } else if (s.errorPage() != null) {
                send(exchange, 500, TYPES.get("html"), withReload(s.errorPage()));
            } else if (!path.startsWith(s.basePath())) {
                exchange.getResponseHeaders().set("Location", s.basePath());
                send(exchange, 302, TYPES.get("txt"), ("the site is at " + s.basePath()).getBytes(StandardCharsets.UTF_8));
            } else {
                serveFile(exchange, s, path.substring(s.basePath().length()));
            }
        }
    }

    private void serveFile(HttpExchange exchange, Preview.State s, String relative) throws IOException {
        String path = normal(relative);
        int status = 200;
        String name = path;
        byte[] body = null;
        try {
            if (path != null) {
                if (path.isEmpty() || path.endsWith("/")) {
                    name = path + "index.html";
                } else if (s.site().isFolder(path)) {
                    name = path + "/index.html";
                }
                body = s.site().file(name);
            }
            if (body == null) {
                status = 404;
                name = "404.html";
                body = s.site().file(name);
            }
        } catch (TemplateProblem t) {
            // Pages render when asked for: a template that fails on this page's content shows here.
            send(exchange, 500, TYPES.get("html"), withReload(ErrorPage.html(List.of(ErrorPage.line(t)), s.words())));
            return;
        }
        if (body == null) {
            send(exchange, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String file = name.substring(name.lastIndexOf('/') + 1);
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (ext.equals("html")) {
            body = withReload(new String(body, StandardCharsets.UTF_8));
        }
        send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    /**
     * Whether a request's {@code Host} names this server: 127.0.0.1, localhost or [::1], with its port (or none
     * when the port is 80, the one a browser leaves out). Any other name, a page's own name rebound to 127.0.0.1
     * included, is refused.
     */
    static boolean isOwnHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
            if (h.equals(name + ":" + port) || port == 80 && h.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The path with "." and ".." worked out and empty parts dropped; null when it climbs above the site's root. */
    static String normal(String relative) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        for (String part : relative.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        return relative.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }

    /** The page with the reload script before {@code </body>}. */
    static byte[] withReload(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? html + SCRIPT_TAG : html.substring(0, at) + SCRIPT_TAG + "\n" + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff"); // plain text stays text
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
