package org.factpress.build;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.factpress.check.ThemeLanguageCheck;
import org.factpress.html.SiteRenderer;
import org.factpress.incremental.OutputSink;
import org.factpress.incremental.PageWeights;
import org.factpress.incremental.PrintCache;
import org.factpress.model.PrintWindow;
import org.factpress.print.BriefRenderer;
import org.factpress.publish.SiteSize;
import org.factpress.theme.TemplateProblem;
import org.factpress.theme.Templates;
import org.factpress.theme.Workers;
import org.factpress.view.ClaimView;

/**
 * The default print window, when site.yaml has no {@code print}: every print file while the whole site stays
 * within 80% of its budget; otherwise the newest checks' print files, month by month back from the newest, as many
 * months as fit. A month's checks keep or lose their fact briefs, share cards and article briefs (an article's by
 * its newest check) together, so the oldest checks lose theirs first and no month is printed in part.
 *
 * <p>What the pages weigh is measured by rendering them with every print file linked (an upper bound: a page
 * without its links is smaller), with the cache only the pages whose model changed ({@link PageWeights}); the print
 * files by laying them out, newest month first, until the next month would not fit. The bytes of both are the same
 * for the same content, so is the window. Digests are always printed.
 */
final class PrintBudget {
    /**
     * More than a check takes all-in, its pages and every print file (about 75 KB), and than a site's files that do
     * not grow with its checks (styles, fonts, digests): a site under these needs no measuring.
     */
    static final long CHECK_CEILING = 250_000;
    static final long SITE_CEILING = 10_000_000;

    /** What was kept: the window the pages link, and what the build says about it (null when everything was kept). */
    record Fitted(PrintWindow window, String note) {}

    private PrintBudget() {}

    /**
     * Lays out and writes to {@code out} the print files that fit {@code room} bytes with the site's other files,
     * and returns their window; null when the site cannot come near its budget (nothing written: print as usual).
     */
    static Fitted fit(SiteEditions editions, Templates templates, long room, PrintCache cache, String sourceDateEpoch,
                      OutputSink out, Workers workers, PageWeights weights) throws IOException, TemplateProblem {
        List<ClaimView> checks = editions.root().views().pages();
        if (((long) checks.size() * CHECK_CEILING + SITE_CEILING) * editions.all().size() <= room) {
            return null;
        }
        long used = pagesAndFiles(editions, workers, weights != null ? weights : PageWeights.none());
        Buffer buffer = new Buffer();
        TreeMap<YearMonth, List<BriefRenderer.Document>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        List<BriefRenderer.Document> always = new ArrayList<>();
        for (SiteEditions.Edition e : editions.all()) {
            if (!e.folder().isEmpty() && !ThemeLanguageCheck.printable(e.language())) {
                continue;
            }
            OutputSink to = e.folder().isEmpty() ? buffer : buffer.under(e.folder());
            for (BriefRenderer.Piece p : new BriefRenderer(e.library(), templates, e.views(), cache, sourceDateEpoch)
                    .documents(to, PrintWindow.all())) {
                if (p.published() == null) {
                    always.add(p.document());
                } else {
                    byMonth.computeIfAbsent(YearMonth.from(p.published()), m -> new ArrayList<>()).add(p.document());
                }
            }
        }
        workers.forEach(always, BriefRenderer.Document::write);
        used += buffer.flushTo(out);
        YearMonth first = null;
        for (Map.Entry<YearMonth, List<BriefRenderer.Document>> month : byMonth.entrySet()) {
            workers.forEach(month.getValue(), BriefRenderer.Document::write);
            if (used + buffer.bytes() > room) {
                break;
            }
            used += buffer.flushTo(out);
            first = month.getKey();
        }
        if (byMonth.isEmpty() || first != null && first.equals(byMonth.lastKey())) {
            return new Fitted(PrintWindow.all(), null);
        }
        LocalDate since = first == null ? null : first.atDay(1);
        long older = checks.stream().map(c -> c.claim().byline().published())
                .filter(d -> since == null || d == null || d.isBefore(since)).count();
        String unprinted = String.format(Locale.ROOT, "%,d %s", older,
                older == 1 ? "older check prints from its page" : "older checks print from their pages");
        String note = since == null
                ? String.format(Locale.ROOT, "prints kept for no check: the pages take %s of the %s the site may"
                        + " fill (80%% of its budget); %s; set print: in site.yaml to choose", SiteSize.human(used),
                        SiteSize.human(room), unprinted.replace("older ", ""))
                : "prints kept for checks published since " + first + "; " + unprinted
                        + "; set print: in site.yaml to choose";
        return new Fitted(since == null ? new PrintWindow(PrintWindow.Span.NONE, PrintWindow.Span.NONE,
                PrintWindow.Span.NONE) : PrintWindow.since(since), note);
    }

    /**
     * The bytes of every edition's pages, feeds and data, each page linking every print file: a page {@code weights}
     * knows (its model unchanged) is not rendered again.
     */
    private static long pagesAndFiles(SiteEditions editions, Workers workers, PageWeights weights)
            throws IOException, TemplateProblem {
        OutputSink counted = weights.counter();
        SiteEditions.Renderers site = editions.renderers(counted, true, PrintWindow.all(), workers);
        site.root().renderPages(weights.kept() ? weights : null);
        for (Map.Entry<String, SiteRenderer> e : site.others().entrySet()) {
            e.getValue().renderPages(weights.kept() ? weights.under(e.getKey()) : null);
        }
        site.root().renderFiles(counted, List.copyOf(site.others().values()));
        for (Map.Entry<String, SiteRenderer> e : site.others().entrySet()) {
            e.getValue().renderEditionFiles(counted.under(e.getKey()));
        }
        return weights.bytes();
    }

    /** Laid-out files held until their month is known to fit. */
    private static final class Buffer implements OutputSink {
        private final Map<String, byte[]> files = new ConcurrentHashMap<>();

        @Override
        public void write(String path, byte[] bytes) {
            files.put(path, bytes);
        }

        long bytes() {
            return files.values().stream().mapToLong(b -> b.length).sum();
        }

        /** Writes what it holds to {@code out} and forgets it; returns the bytes written. */
        long flushTo(OutputSink out) throws IOException {
            long n = 0;
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                out.write(f.getKey(), f.getValue());
                n += f.getValue().length;
            }
            files.clear();
            return n;
        }
    }
}
