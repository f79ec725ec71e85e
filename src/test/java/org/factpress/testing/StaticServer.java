package org.factpress.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under its base path, the way GitHub Pages serves a project site: a folder URL
 * serves its index.html, and a missing file gets the site's 404.html with status 404.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
            "pdf", "application/pdf", "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8",
            "woff2", "font/woff2");

    private final HttpServer server;
    private final String basePath;

    /** Serves {@code root} at {@code http://127.0.0.1:<port><basePath>}; basePath like "/factpress/". */
    public StaticServer(Path root, String basePath) throws IOException {
        this.basePath = basePath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            Path file = null;
            if (path.startsWith(basePath)) {
                Path candidate = root.resolve(path.substring(basePath.length())).normalize();
                if (candidate.startsWith(root) && Files.isDirectory(candidate)) {
                    candidate = candidate.resolve("index.html");
                }
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes();
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The absolute URL of the site's root, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
