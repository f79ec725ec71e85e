package org.factpress.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factpress.serve.Preview;

/**
 * How long {@code serve} takes from saving a claim to serving its new page: starts the preview on a copy of a
 * corpus, then edits one claim's headline at a time and fetches its page over HTTP until the new headline is in
 * it. The first {@code warm-up} edits let the JIT settle and are reported apart. Also prints the CPU time the
 * preview's rebuild thread spent on each save, which a busy machine does not inflate as it does wall time.
 * Prints figures, asserts nothing. Run it as serve runs (bin/factpress: the serial collector):
 *
 * <pre>mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.factpress.bench.ServeBenchmark /tmp/factpress-bench/1000x10/content 20 5</pre>
 *
 * Arguments: corpus folder, edits measured, warm-up edits.
 */
public final class ServeBenchmark {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "/tmp/factpress-bench/1000x10/content");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createTempDirectory("factpress-serve-bench-");
        Path content = work.resolve("content");
        org.factpress.TestSite.copyTree(corpus, content);
        List<Path> claims;
        try (var files = Files.walk(content.resolve("articles"))) {
            claims = files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("article.md")).sorted().toList();
        }
        System.out.println("serve on " + corpus + ": " + claims.size() + " claims; " + Runtime.getRuntime()
                .availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", load average "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        HttpClient http = HttpClient.newHttpClient();
        StringWriter log = new StringWriter();
        long t0 = System.nanoTime();
        try (Preview preview = Preview.start(content, Path.of("templates"), 0, new PrintWriter(log, true))) {
            long started = System.nanoTime();
            fetch(http, preview.url() + "claims/" + slug(claims.get(0)) + "/");
            long firstPage = System.nanoTime();
            System.out.printf("first start: %d ms to serving; first claim page %d ms later%n",
                    (started - t0) / 1_000_000, (firstPage - started) / 1_000_000);
            List<Long> took = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            List<Long> toBuilt = new ArrayList<>();
            String versionUrl = preview.url().substring(0, preview.url().indexOf('/', "http://".length()))
                    + "/__factpress/version";
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long watcher = Thread.getAllStackTraces().keySet().stream().filter(th -> th.getName().equals("factpress-watch"))
                    .findFirst().orElseThrow().getId();
            long gcBefore = gcMillis();
            for (int i = 0; i < warmUp + edits; i++) {
                if (i == warmUp) {
                    System.out.println("warm-up edits: " + took + " ms");
                    took.clear();
                    cpu.clear();
                    toBuilt.clear();
                    gcBefore = gcMillis();
                }
                Path claim = claims.get((int) ((long) i * 7919 % claims.size()));
                String url = preview.url() + "claims/" + slug(claim) + "/";
                fetch(http, url); // the page as an editor has it open
                String headline = "Edited headline number " + i + " of the serve benchmark";
                String text = Files.readString(claim).replaceFirst("(?m)^headline: .*$", "headline: \"" + headline + "\"");
                String version = fetch(http, versionUrl);
                long cpuBefore = threads.getThreadCpuTime(watcher);
                long saved = System.nanoTime();
                Files.writeString(claim, text, StandardCharsets.UTF_8);
                // As the reload script does, but without its 400 ms between asks: first the new build, then the page.
                while (fetch(http, versionUrl).equals(version)) {
                    if (System.nanoTime() - saved > 60_000_000_000L) {
                        throw new AssertionError("edit " + i + " not built within 60 s; log:\n" + log);
                    }
                    Thread.sleep(5); // asks again and again, but leaves the cores to the rebuild
                }
                long built = System.nanoTime();
                while (!fetch(http, url).contains(headline)) {
                    if (System.nanoTime() - saved > 60_000_000_000L) {
                        throw new AssertionError("edit " + i + " not served within 60 s; log:\n" + log);
                    }
                    Thread.sleep(5);
                }
                toBuilt.add((built - saved) / 1_000_000);
                took.add((System.nanoTime() - saved) / 1_000_000);
                Thread.sleep(300); // an editor does not save more often than this
                cpu.add((threads.getThreadCpuTime(watcher) - cpuBefore) / 1_000_000);
            }
            List<Long> sorted = new ArrayList<>(took);
            Collections.sort(sorted);
            System.out.printf("save to new claim page served, %d edits: median %d ms, min %d ms, max %d ms%n",
                    edits, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
            System.out.println("each: " + took);
            System.out.println("of which until the new build was ready (version changed): median "
                    + median(toBuilt) + " ms " + toBuilt);
            List<Long> cpuSorted = new ArrayList<>(cpu);
            Collections.sort(cpuSorted);
            System.out.printf("CPU time of the rebuild thread a save: median %d ms, min %d ms, max %d ms; "
                    + "garbage collection %d ms over the %d edits; load average now %.1f%n",
                    cpuSorted.get(cpuSorted.size() / 2), cpuSorted.get(0), cpuSorted.get(cpuSorted.size() - 1),
                    gcMillis() - gcBefore, edits,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            List<String> built = log.toString().lines().filter(l -> l.startsWith("built in")).toList();
            System.out.println("preview's own builds (first, then after each save):");
            built.forEach(l -> System.out.println("  " + l.replaceAll(": http.*", "")));
        } finally {
            try (var files = Files.walk(work)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String slug(Path claim) {
        String name = claim.getFileName().toString();
        return name.substring(0, name.length() - 3);
    }

    private static String fetch(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
