package org.factpress.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factpress.model.About;
import org.factpress.model.Rating;
import org.factpress.theme.TemplateProblem;
import org.factpress.view.ClaimView;
import org.factpress.view.Correction;
import org.factpress.view.TextLanguage;

/**
 * The digest over a period: a cover, counts per verdict and per tag as bar charts, the checks grouped by verdict,
 * each with its corrections and updates, the rating scale explained, and the desk's own methodology and corrections
 * policy from site.yaml's {@code about} (nothing in their place where the desk wrote none: check warns). In a
 * language's edition, a check not translated into it is reported in its original words, marked as such.
 */
public final class DigestReport {
    private final PrintTheme theme;

    public DigestReport(PrintTheme theme) {
        this.theme = theme;
    }

    /** One bar of a chart: what it counts, how many, and its length as a share of the longest bar. */
    public record Bar(String label, Rating rating, int count, int percent) {}

    /** The checks of one verdict. */
    public record Group(Rating rating, List<ClaimView> claims) {}

    /**
     * {@code claims}: the published checks that stand (withdrawn ones are left out, as from every listing), newest
     * first; those published in the period are reported. {@code updates}: each check's corrections, by slug.
     */
    public PdfLayout.Pdf render(DigestPeriod period, List<ClaimView> claims, Map<String, List<Correction>> updates)
            throws IOException, TemplateProblem {
        List<ClaimView> in = claims.stream().filter(c -> period.contains(c.claim().byline().published()))
                .sorted(Comparator.comparing((ClaimView c) -> c.claim().byline().published())
                        .thenComparing(c -> c.claim().slug()))
                .toList();
        Map<Rating, List<ClaimView>> byRating = new LinkedHashMap<>();
        for (Rating r : theme.library().site().scale().ratings()) {
            byRating.put(r, new ArrayList<>());
        }
        in.forEach(c -> byRating.get(c.rating()).add(c));
        TreeMap<String, Integer> byTag = new TreeMap<>();
        in.forEach(c -> c.claim().tags().forEach(t -> byTag.merge(t, 1, Integer::sum)));

        int maxVerdict = byRating.values().stream().mapToInt(List::size).max().orElse(0);
        List<Bar> verdictBars = byRating.entrySet().stream()
                .map(e -> new Bar(e.getKey().label(), e.getKey(), e.getValue().size(), percent(e.getValue().size(), maxVerdict)))
                .toList();
        int maxTag = byTag.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> tagBars = byTag.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Bar(e.getKey(), null, e.getValue(), percent(e.getValue(), maxTag)))
                .toList();
        List<Group> groups = byRating.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();

        Map<String, Object> m = theme.model();
        m.put("period", period);
        m.put("checks", in);
        m.put("verdictBars", verdictBars);
        m.put("tagBars", tagBars);
        m.put("groups", groups);
        m.put("updatesOf", updates);
        m.put("untranslated", untranslated(in));
        m.put("staleOf", theme.staleNotes(in));
        About about = theme.library().site().about();
        if (about.methodology().text() != null) {
            m.put("methodologyHtml", org.factpress.text.Markdown.toHtml(about.methodology().text()));
            putDeskLanguage(m, "methodologyLanguage", about.methodology());
        }
        if (about.correctionsPolicy().text() != null) {
            m.put("correctionsPolicyHtml", org.factpress.text.Markdown.toHtml(about.correctionsPolicy().text()));
            putDeskLanguage(m, "correctionsPolicyLanguage", about.correctionsPolicy());
        }
        org.factpress.text.ThemeWords words = theme.words();
        org.factpress.view.Dates dates = org.factpress.view.Dates.of(words);
        String title = words.t("print.digest.title", dates.display(period.from()), dates.display(period.to()));
        m.put("title", title);
        List<String> keywords = new ArrayList<>(List.of(words.t("print.brief.keyword"), words.t("print.digest.keyword")));
        keywords.addAll(byTag.keySet());
        return theme.pdf("pdf/digest.ftlh", m, theme.info(title,
                words.t("print.digest.subject", theme.library().site().publisher().name(), dates.display(period.from()),
                        dates.display(period.to())),
                keywords, in.stream().map(c -> c.claim().lastChanged()).max(java.time.LocalDate::compareTo)
                        .orElse(period.from())));
    }

    /**
     * Tags one of the desk's texts with the language it is shown in, where that is not this edition's: the language
     * the desk wrote it in, or, for one plain text for every language, the default language (the desk's own).
     */
    private void putDeskLanguage(Map<String, Object> m, String key, org.factpress.model.Localized text) {
        org.factpress.model.SiteConfig site = theme.library().site();
        String language = text.language() != null ? text.language() : site.defaultLanguage();
        if (!language.equals(site.language())) {
            m.put(key, TextLanguage.of(language));
        }
    }

    /**
     * The checks of a language's edition not translated into it ({@link org.factpress.model.Library#standsHere}),
     * by slug, each with the mark of the language it stands in ({@link ClaimView#original}, named there): the digest
     * reports them in their original words, marked and tagged with that language.
     */
    private Map<String, TextLanguage> untranslated(List<ClaimView> checks) {
        Map<String, TextLanguage> out = new java.util.HashMap<>();
        for (ClaimView c : checks) {
            if (!theme.library().standsHere(c.claim())) {
                out.put(c.claim().slug(), TextLanguage.of(c.original().code()));
            }
        }
        return out;
    }

    private static int percent(int n, int max) {
        return max == 0 ? 0 : Math.round(100f * n / max);
    }
}
