package org.factpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factpress.ContentTree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What serve answers, and to whom: only requests addressed to 127.0.0.1, localhost or [::1] with its port (DNS
 * rebinding), only GET and HEAD, and every reader at once, however slowly another one sends its request.
 */
@Tag("slow")
class PreviewRequestsTest {
    @TempDir
    Path dir;

    /** A reply read off the socket as it came. */
    record Reply(int status, Map<String, String> headers, String body) {}

    /** Sends {@code request} as it is, on its own connection, and reads the reply to the end. */
    static Reply send(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String[] head = all.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers, all.substring(end + 4));
        }
    }

    static String request(String method, String host) {
        return method + " /factpress/ HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n";
    }

    @Test
    void onlyRequestsAddressedToThePreviewItselfAreAnswered() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (Preview preview = Preview.start(t.root(), Path.of("templates"), 0, new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.url()).getPort();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
                Reply r = send(port, request("GET", host));
                assertEquals(200, r.status(), host);
                assertTrue(r.body().contains("<h1"), host);
            }
            // A page whose own name now points at 127.0.0.1, another port, no port, or no Host at all.
            for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "localhost",
                    "127.0.0.1:" + (port + 1), "127.0.0.1.attacker.example:" + port, "localhost.:" + port, "")) {
                Reply r = send(port, request("GET", host));
                assertEquals(421, r.status(), host);
                assertTrue(r.headers().get("content-type").startsWith("text/plain"), host);
                assertTrue(r.body().startsWith("this preview answers only http://127.0.0.1:" + port + "/"), r.body());
                assertTrue(!r.body().contains("<"), "no page, no markup: " + r.body());
                assertEquals("nosniff", r.headers().get("x-content-type-options"), host);
            }
            assertEquals(421, send(port, "GET /factpress/ HTTP/1.0\r\n\r\n").status(), "HTTP/1.0 without Host");
            Reply markup = send(port, request("GET", "<script>alert(1)</script>.example:" + port));
            assertEquals(421, markup.status());
            assertEquals("text/plain; charset=utf-8", markup.headers().get("content-type"), "a Host echoed only as text");
            assertEquals(421, send(port, request("GET", "attacker.example:" + port)
                    .replace("/factpress/", "/__factpress/version")).status(), "the build number is not told either");
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        try (Preview preview = Preview.start(t.root(), Path.of("templates"), 0, new PrintWriter(new StringWriter()))) {
            int port = URI.create(preview.url()).getPort();
            String host = "127.0.0.1:" + port;
            for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH", "CONNECT", "PROPFIND")) {
                Reply r = send(port, request(method, host));
                assertEquals(405, r.status(), method);
                assertEquals("GET, HEAD", r.headers().get("allow"), method);
                assertTrue(r.headers().get("content-type").startsWith("text/plain"), method);
                assertTrue(r.body().contains("GET and HEAD"), r.body());
            }
            Reply posted = send(port, "POST /factpress/ HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=b");
            assertEquals(405, posted.status());

            Reply get = send(port, request("GET", host));
            Reply head = send(port, request("HEAD", host));
            assertEquals(200, head.status());
            assertEquals("", head.body());
            assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), head.headers().get("content-length"));
            assertEquals(get.headers().get("content-type"), head.headers().get("content-type"));
        }
    }

    /**
     * Readers that open a connection and stall halfway through their request (its first line, its headers, or the
     * body a POST announced) hold up no one: meanwhile another reader gets pages and the reload script's build
     * number at once, and each stalled connection is closed {@link PreviewServer#REQUEST_SECONDS} seconds after
     * its first byte. serve runs as an editor starts it, in its own JVM: the JDK reads its server limits once.
     */
    @Test
    void aReaderWhoStallsHoldsUpNoOneAndIsCutOffAfterTheRequestTimeLimit() throws Exception {
        ContentTree t = ContentTree.valid(dir.resolve("content"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.factpress.cli.Main", "serve", "--content", t.root().toString(),
                "--templates", Path.of("templates").toAbsolutePath().toString(), "--port", "0")
                .redirectError(dir.resolve("serve.log").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("serving http://127.0.0.1:"), "serve printed: " + line);
            String url = line.substring("serving ".length(), line.indexOf(' ', "serving ".length()));
            int port = URI.create(url).getPort();
            String host = "Host: 127.0.0.1:" + port + "\r\n";

            record Stalled(String what, Socket socket, long since) {}
            List<Stalled> stalled = new ArrayList<>();
            List<String> halves = new ArrayList<>();
            for (int i = 0; i < 10; i++) { // more than the six connections a browser opens to one host
                halves.add("GET /factpress/ HT");
            }
            halves.add("GET /factpress/claims/bridge-cost/ HTTP/1.1\r\n" + host + "Accept: text/html\r\n");
            halves.add("POST /factpress/ HTTP/1.1\r\n" + host + "Content-Length: 1000\r\n\r\nabc");
            for (String half : halves) {
                Socket s = new Socket("127.0.0.1", port);
                s.getOutputStream().write(half.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(new Stalled(half.substring(0, half.indexOf(' ')) + " stalled after " + half.length()
                        + " bytes", s, System.nanoTime()));
            }
            Thread.sleep(300); // the server has read what they sent and waits for the rest

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            for (String page : List.of(url, url + "claims/bridge-cost/", url + "articles/bridge-report/",
                    "http://127.0.0.1:" + port + PreviewServer.VERSION_PATH)) {
                long start = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(page))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("serve: " + page + " answered in " + ms + " ms beside " + stalled.size() + " stalled readers");
                assertEquals(200, r.statusCode(), page);
            }

            // The POST is refused at once; the body it announced is not waited for past the limit either.
            InputStream posted = stalled.get(stalled.size() - 1).socket().getInputStream();
            stalled.get(stalled.size() - 1).socket().setSoTimeout(3_000);
            assertTrue(new String(posted.readNBytes(12), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 405"));

            long limit = TimeUnit.SECONDS.toMillis(PreviewServer.REQUEST_SECONDS);
            for (Stalled s : stalled) {
                s.socket().setSoTimeout((int) limit + 10_000);
                long closedAfter;
                try (Socket socket = s.socket()) {
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream rest = new ByteArrayOutputStream();
                    try {
                        in.transferTo(rest);
                    } catch (SocketException reset) {
                        // closed with data unread: a reset is a close too
                    } catch (SocketTimeoutException e) {
                        throw new AssertionError(s.what() + ": still open " + (limit + 10_000) + " ms later");
                    }
                    closedAfter = (System.nanoTime() - s.since()) / 1_000_000;
                }
                System.out.println("serve: " + s.what() + " closed after " + closedAfter + " ms");
                assertTrue(closedAfter >= limit - 300, s.what() + ": closed too early, after " + closedAfter + " ms");
                assertTrue(closedAfter <= limit + 8_000, s.what() + ": closed only after " + closedAfter + " ms");
            }
            assertTrue(serve.isAlive(), "serve keeps serving");
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
