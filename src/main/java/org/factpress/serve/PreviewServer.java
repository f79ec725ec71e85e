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
import java.util.function.Supplier;
import org.factpress.theme.TemplateProblem;

/**
 * The preview's web server, on 127.0.0.1 only. Serves the last build under the site's base path, each page
 * rendered when first asked for ({@link LiveSite}), with a small
 * script added to every HTML page that reloads it when a new build is ready; the script exists only here, never in
 * the published site.
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

    /** Sets what the preview needs JVM-wide; called once, at serve's start, before any server is made. */
    static void settleJvm() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final Supplier<Preview.State> state;

    PreviewServer(int port, Supplier<Preview.State> state) throws IOException {
        this.state = state;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
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
            send(exchange, 500, TYPES.get("html"), withReload(ErrorPage.html(List.of(ErrorPage.line(t)))));
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
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
