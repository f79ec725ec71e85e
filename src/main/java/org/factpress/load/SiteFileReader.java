package org.factpress.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factpress.diagnostics.Problems;
import org.factpress.model.Language;
import org.factpress.model.Localized;
import org.factpress.model.Publisher;
import org.factpress.model.Rating;
import org.factpress.model.RatingScale;
import org.factpress.model.SiteConfig;

/**
 * site.yaml's fields, read into the site's configuration: its languages, the desk's own texts (one for every
 * language or one per language), the rating scale with its words per language, and the print settings. The schema
 * has checked the forms; what it cannot say is reported here.
 */
final class SiteFileReader {
    private final Problems problems;

    SiteFileReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * {@code publisher.logo}: a path in the site or an http(s) URL, else an error (null). One the PDFs and share
     * cards cannot embed (they take a PNG or JPEG from the theme's {@code static/} folder and fetch nothing from the
     * web) is a warning: they print without it.
     */
    private String logo(Fields p, String baseUrl) {
        String logo = p.text("logo");
        if (logo == null) {
            return null;
        }
        boolean scheme = logo.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*");
        boolean web = logo.matches("(?i)https?://[^\\s/?#\\\\]+\\S*");
        if (scheme && !web || !scheme && (org.factpress.text.MarkdownLinks.protocolRelative(logo)
                || !logo.matches("[^\\s\\\\]+") || logo.contains(".."))) {
            problems.error(p.at("logo"), "'publisher.logo' must be a path in the site or an absolute http(s) URL,"
                            + " found '" + (logo.length() > 80 ? logo.substring(0, 80) + "…" : logo) + "'",
                    "e.g. static/logo.png (a PNG or JPEG in the theme's static/ folder, printed on the PDFs and share"
                            + " cards too) or https://...");
            return null;
        }
        String path = baseUrl != null && logo.startsWith(baseUrl) ? logo.substring(baseUrl.length())
                : web ? null : logo.replaceFirst("^/+", "");
        String lower = logo.toLowerCase(java.util.Locale.ROOT).replaceFirst("[?#].*", "");
        if (path == null) {
            problems.warning(p.at("logo"), "the PDFs and share cards print without this logo: a logo elsewhere on the"
                    + " web is not fetched (a build reads nothing from the network)",
                    "put a PNG or JPEG copy in the theme's static/ folder and write e.g. logo: static/logo.png");
        } else if (!lower.endsWith(".png") && !lower.endsWith(".jpg") && !lower.endsWith(".jpeg")) {
            problems.warning(p.at("logo"), "the PDFs and share cards print without this logo: they embed a PNG or"
                    + " JPEG only", "keep a PNG copy beside it and name that, e.g. logo: static/logo.png");
        } // a path outside static/, or a file the theme lacks: check.LogoCheck, which knows the theme
        return logo;
    }

    /** The site (null when a required field is missing) and its scale. */
    ContentLoader.SiteFile read(Fields f) {
        String baseUrl = f.url("base_url");
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String language = f.languageTag("language");
        List<Language> languages = loadLanguages(f);
        if (!f.has("languages")) {
            f.requireBySite("language");
            languages = language == null ? List.of() : List.of(new Language(language, language));
        } else if (!languages.isEmpty()) {
            if (language != null && !language.equals(languages.get(0).code())) {
                problems.error(f.at("language"), "'language' (" + language + ") is not the first of 'languages' ("
                        + languages.get(0).code() + "), the site's default", "remove 'language': the first of"
                        + " 'languages' is the default; or put " + language + " first");
            }
            language = languages.get(0).code();
        }
        Localized title = deskText(f, "title", languages);
        Localized description = deskText(f, "description", languages);
        Publisher publisher = null;
        Fields p = f.object("publisher");
        if (p != null) {
            publisher = new Publisher(p.text("name"), p.url("url"), logo(p, baseUrl));
        }
        RatingScale scale = RatingScale.defaultScale();
        String preset = f.text("rating_scale");
        if (preset != null && f.has("ratings")) {
            problems.error(f.at("rating_scale"), "give either 'rating_scale' or 'ratings', not both",
                    "'rating_scale' picks a preset; 'ratings' lists a scale of your own");
        } else if (preset != null) {
            // The schema lists the presets; an unknown one leaves the default scale.
            scale = RatingScale.preset(preset).orElse(RatingScale.defaultScale());
        }
        if (f.has("ratings")) {
            scale = loadScale(f, languages);
        }
        org.factpress.model.About about = org.factpress.model.About.none();
        Fields a = f.object("about");
        if (a != null) {
            about = new org.factpress.model.About(deskText(a, "masthead", languages),
                    deskText(a, "funding_and_ownership", languages), deskText(a, "corrections_policy", languages),
                    deskText(a, "methodology", languages), submitClaim(a, languages));
        }
        org.factpress.model.PrintSettings print = loadPrint(f);
        String allowHtml = f.text("allow_html");
        if (title.text() == null && title.byLanguage().isEmpty() || baseUrl == null || language == null
                || publisher == null) {
            return new ContentLoader.SiteFile(null, scale);
        }
        return new ContentLoader.SiteFile(SiteConfig.of(title, description, baseUrl, language, languages, publisher, scale,
                f.origin(), print, about, "safe".equals(allowHtml)), scale);
    }

    /**
     * One of the desk's own texts in site.yaml (the title, an {@code about} text): plain text for every language,
     * or one per language code, read as a rating's label is. A language of the site without its text is a warning:
     * its edition shows the default language's, marked with that language.
     */
    private Localized deskText(Fields owner, String field, List<Language> languages) {
        if (!owner.isMapping(field)) {
            return Localized.plain(owner.text(field));
        }
        Map<String, String> byLanguage = words(owner, field, "'" + owner.label(field) + "'", "a text", languages,
                false);
        return byLanguage.isEmpty() ? Localized.none() : new Localized(null, null, byLanguage);
    }

    /** about.submit_claim: a mailto: address or an http(s) URL, for every language or per language. */
    private Localized submitClaim(Fields about, List<Language> languages) {
        Localized submit = deskText(about, "submit_claim", languages);
        Fields at = about.isMapping("submit_claim") ? about.object("submit_claim") : about;
        Map<String, String> valid = new LinkedHashMap<>();
        Map<String, String> given = submit.byLanguage().isEmpty() && submit.text() != null
                ? Map.of("submit_claim", submit.text()) : submit.byLanguage();
        given.forEach((key, address) -> {
            if (address.matches("(?i)(mailto:\\S+@\\S+|https?://\\S+)")) {
                valid.put(key, address);
            } else {
                problems.error(at.at(key), "field '" + at.label(key) + "' must be a mailto: address or an http(s) URL",
                        "e.g. mailto:tips@example.org");
            }
        });
        if (submit.byLanguage().isEmpty()) {
            return Localized.plain(valid.get("submit_claim"));
        }
        return valid.isEmpty() ? Localized.none() : new Localized(null, null, valid);
    }

    /**
     * site.yaml's {@code languages}: each code a BCP 47 tag, given once; empty when absent or none could be read.
     * A site that gives only {@code language} publishes in that one, named by its code until the theme names it.
     */
    private List<Language> loadLanguages(Fields site) {
        List<Language> languages = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<Fields> items = site.objects("languages");
        for (int i = 0; i < items.size(); i++) {
            Fields l = items.get(i);
            String code = l.languageTag("code");
            String name = l.text("name");
            if (code == null || name == null) {
                continue;
            }
            if (!seen.add(code.toLowerCase(java.util.Locale.ROOT))) {
                problems.error(l.at("code"), "language '" + code + "' is listed twice in 'languages'",
                        "list each language once, the default first");
            } else {
                languages.add(new Language(code, name));
            }
        }
        return languages;
    }

    /** page_size and digest: each one of a few words, in capitals or not (the schema lists them); print: the window. */
    private org.factpress.model.PrintSettings loadPrint(Fields f) {
        var d = org.factpress.model.PrintSettings.defaults();
        String size = oneOf(f, "page_size", org.factpress.model.PrintSettings.PAGE_SIZES, d.pageSize());
        String digest = oneOf(f, "digest", org.factpress.model.PrintSettings.DIGESTS, d.digest());
        return new org.factpress.model.PrintSettings(size, digest, loadWindow(f.object("print")));
    }

    /** site.yaml's print: for each kind of print file, all, none or the last N months of checks. */
    private org.factpress.model.PrintWindow loadWindow(Fields w) {
        if (w == null) {
            return org.factpress.model.PrintWindow.byBudgetDefault();
        }
        return new org.factpress.model.PrintWindow(span(w, "fact_briefs"), span(w, "cards"), span(w, "article_briefs"));
    }

    private org.factpress.model.PrintWindow.Span span(Fields w, String field) {
        String v = w.text(field);
        if (v == null) {
            return org.factpress.model.PrintWindow.Span.ALL;
        }
        var span = org.factpress.model.PrintWindow.Span.parse(v);
        if (span == null) {
            problems.error(w.at(field), "field '" + w.label(field) + "' must be " + org.factpress.model.PrintWindow.FORMS
                    + ", found '" + Fields.abbreviate(v) + "'", "e.g. " + field + ": last 12 months");
            return org.factpress.model.PrintWindow.Span.ALL;
        }
        return span;
    }

    private String oneOf(Fields f, String field, List<String> allowed, String fallback) {
        String v = f.text(field);
        if (v == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v.strip())) {
                return a;
            }
        }
        return fallback;
    }

    private RatingScale loadScale(Fields site, List<Language> languages) {
        List<Rating> ratings = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Fields r : site.objects("ratings")) {
            String id = r.text("id");
            Map<String, String> labels = words(r, "label", id, languages);
            Map<String, String> meanings = words(r, "meaning", id, languages);
            String fallback = languages.isEmpty() ? null : languages.get(0).code();
            String label = labels.getOrDefault(fallback, labels.values().stream().findFirst().orElse(null));
            String meaning = meanings.getOrDefault(fallback, meanings.values().stream().findFirst().orElse(null));
            Integer value = r.positiveInt("value");
            String colour = r.text("colour");
            // The schema gives the forms of colours and ids; one not in form is left out.
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
                colour = null;
            }
            boolean wellFormed = id != null && ContentLoader.SLUG.matcher(id).matches();
            if (wellFormed && !seen.add(id)) {
                problems.error(r.at("id"), "rating id '" + id + "' is given twice", null);
            } else if (wellFormed && label != null && meaning != null) {
                ratings.add(new Rating(id, label, value, meaning, colour != null ? colour : "#57606a",
                        r.isMapping("label") ? labels : Map.of(), r.isMapping("meaning") ? meanings : Map.of()));
            }
        }
        if (ratings.isEmpty()) {
            problems.error(site.at("ratings"), "the rating scale has no ratings", "remove 'ratings' to use the default scale");
            return RatingScale.defaultScale();
        }
        return new RatingScale(ratings);
    }

    /**
     * A rating's {@code label} or {@code meaning} by language code: plain text is the default language's; a mapping
     * gives it per language. Each of the site's languages needs one, and a code not among them is a slip.
     */
    private Map<String, String> words(Fields rating, String field, String id, List<Language> languages) {
        return words(rating, field, "rating '" + (id != null ? id : "?") + "'", "a " + field, languages, true);
    }

    /**
     * A field's text by language code, for a rating's words and the desk's own texts alike: plain text is the default
     * language's; a mapping gives it per language, and a code not among the site's languages is an error. A language
     * without its text is an error when {@code everyLanguage}, else a warning. {@code what} names the owner in
     * messages ({@code rating 'false'}, {@code 'about.methodology'}), {@code name} what it has ({@code a label},
     * {@code a text}).
     */
    private Map<String, String> words(Fields owner, String field, String what, String name, List<Language> languages,
                                      boolean everyLanguage) {
        Map<String, String> words = new LinkedHashMap<>();
        List<String> codes = languages.stream().map(Language::code).toList();
        String noName = name.startsWith("a ") ? name.substring(2) : name;
        if (!owner.isMapping(field)) {
            String text = owner.text(field);
            if (text != null) {
                words.put(codes.isEmpty() ? "" : codes.get(0), text);
            }
        } else {
            Fields byLanguage = owner.object(field);
            for (java.util.Iterator<String> it = byLanguage.names(); it.hasNext(); ) {
                String code = it.next();
                String text = byLanguage.text(code);
                if (!codes.isEmpty() && !codes.contains(code)) {
                    problems.error(byLanguage.keyAt(code), what + " has " + name + " in '" + code
                            + "', which is not one of the site's languages (" + String.join(", ", codes) + ")",
                            codes.stream().filter(code::equalsIgnoreCase).findFirst()
                                    .map(n -> "did you mean '" + n + "'?")
                                    .orElse("add it to 'languages' in site.yaml, or remove this line"));
                } else if (text != null) {
                    words.put(code, text);
                }
            }
        }
        // Without languages (their error is reported) or without the field (the schema's), nothing is missing.
        List<Language> missing = languages.stream().filter(l -> !words.containsKey(l.code())).toList();
        String in = String.join(", ", missing.stream().map(l -> l.code() + " (" + l.name() + ")").toList());
        if (!words.isEmpty() && !missing.isEmpty() && everyLanguage) {
            problems.error(owner.at(field), what + " has no " + noName + " in " + in,
                    "give the " + field + " in each of the site's languages: " + field + ": {" + String.join(", ",
                            codes.stream().map(c -> c + ": ...").toList()) + "}");
        } else if (!words.isEmpty() && !missing.isEmpty()) {
            String shown = words.containsKey(codes.get(0)) ? codes.get(0) : words.keySet().iterator().next();
            problems.warning(owner.at(field), what + " has no " + noName + " in " + in,
                    "readers in " + String.join(", ", missing.stream().map(Language::code).toList()) + " see the "
                            + shown + " text, marked with its language; to give theirs, add " + String.join(", ",
                            missing.stream().map(l -> l.code() + ": ...").toList()) + " under " + what);
        }
        return words;
    }
}
