package org.factpress.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One page of a long list (the archive, a verdict's, a tag's or a claimant's checks, the source articles): its
 * {@code items}, the whole list's {@code total}, the number of its {@code first} item, its {@code page} number,
 * the {@code pages} its pager links, and the newer and older pages' URLs (null at either end).
 */
public record ListPage<T>(List<T> items, int total, int first, int page, List<PageLink> pages, String prevUrl,
                          String nextUrl) {

    /** Items per page of a list: later ones go to page/2/ and on under the first page's folder. */
    public static final int PER_PAGE = 50;

    /** Pages either side of the current one that the pager links, besides the first and the last. */
    static final int PAGER_REACH = 2;

    /** A link from one page of a list to another; {@code afterGap}: pages were left out before it. */
    public record PageLink(int number, String url, boolean current, boolean afterGap) {}

    /** How many pages {@code size} items take: one when there are none. */
    public static int count(int size) {
        return Math.max(1, (size + PER_PAGE - 1) / PER_PAGE);
    }

    /** Page {@code n} of {@code all}, whose first page is at {@code first} ({@link Urls#paged}). */
    public static <T> ListPage<T> of(List<T> all, int n, String first, Urls urls) {
        int pages = count(all.size());
        return new ListPage<>(all.subList((n - 1) * PER_PAGE, Math.min(all.size(), n * PER_PAGE)), all.size(),
                (n - 1) * PER_PAGE + 1, n, pager(n, pages, i -> urls.to(Urls.paged(first, i))),
                n > 1 ? urls.to(Urls.paged(first, n - 1)) : null, n < pages ? urls.to(Urls.paged(first, n + 1)) : null);
    }

    /**
     * The pages page {@code current} of {@code pages} links: the first, the last, and those within
     * {@link #PAGER_REACH} of it. Linking every page would put a thousand links on each of a thousand pages.
     */
    public static List<PageLink> pager(int current, int pages, IntFunction<String> url) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= pages; i++) {
            if (i == 1 || i == pages || Math.abs(i - current) <= PAGER_REACH) {
                links.add(new PageLink(i, url.apply(i), i == current, i > last + 1));
                last = i;
            }
        }
        return links;
    }

    /** The same page with each item made {@code to}'s. */
    public <R> ListPage<R> map(java.util.function.Function<T, R> to) {
        return new ListPage<>(items.stream().map(to).toList(), total, first, page, pages, prevUrl, nextUrl);
    }

    /** A template's variables for this page: the items under {@code name}, then the pager's. */
    void putInto(String name, Map<String, Object> vars) {
        vars.put(name, items);
        vars.put("total", total);
        vars.put("first", first);
        vars.put("page", page);
        vars.put("pages", pages);
        if (prevUrl != null) {
            vars.put("prevUrl", prevUrl);
        }
        if (nextUrl != null) {
            vars.put("nextUrl", nextUrl);
        }
    }
}
