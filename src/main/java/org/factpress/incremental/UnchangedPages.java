package org.factpress.incremental;

import java.io.IOException;

/**
 * The pages the last build made, by what each was made from ({@link ModelDigest}): a page made from the same
 * model, theme and factpress is the same page, so it is taken from the last build instead of rendered again.
 */
public interface UnchangedPages {
    /**
     * Puts the last build's {@code file} into the new output, before its model is made, when nothing the page
     * read changed since; false when its model must be made and compared ({@link #keep}).
     */
    default boolean keepUnread(String file) throws IOException {
        return false;
    }

    /**
     * Puts the last build's {@code file} into the new output when it was made from a model with this
     * {@code digest} and is still as that build left it; false when the page must be rendered.
     */
    boolean keep(String file, ModelDigest.Page digest) throws IOException;

    /** {@code file} was rendered now from a model with {@code digest} (null: one that cannot be digested). */
    void made(String file, ModelDigest.Page digest);

    /** These pages seen from their folder {@code prefix} (e.g. {@code "en/"}, a language's edition), as {@link OutputSink#under}. */
    default UnchangedPages under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        UnchangedPages whole = this;
        return new UnchangedPages() {
            @Override
            public boolean keepUnread(String file) throws IOException {
                return whole.keepUnread(prefix + file);
            }

            @Override
            public boolean keep(String file, ModelDigest.Page digest) throws IOException {
                return whole.keep(prefix + file, digest);
            }

            @Override
            public void made(String file, ModelDigest.Page digest) {
                whole.made(prefix + file, digest);
            }
        };
    }
}
