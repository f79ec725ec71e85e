package org.factpress.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.factpress.publish.SiteSize;

/**
 * Prints what a built site weighs by kind of file: bytes, files, bytes a file and bytes a published check (what
 * decides how many checks fit in GitHub Pages' 1 GB). Asserts nothing.
 *
 * <pre>java -cp target/test-classes:target/factpress.jar org.factpress.bench.SiteSizeReport SITE_DIR</pre>
 */
public final class SiteSizeReport {
    private SiteSizeReport() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SiteSizeReport SITE_DIR");
            System.exit(2);
        }
        SiteSize size = SiteSize.of(Path.of(args[0]));
        int checks = Math.max(1, size.checks());
        System.out.printf(Locale.ROOT, "%-20s %12s %8s %10s %10s%n", "kind", "bytes", "files", "B/file", "B/check");
        for (SiteSize.Share s : size.shares()) {
            System.out.printf(Locale.ROOT, "%-20s %12d %8d %10d %10d%n", s.kind().label, s.bytes(), s.files(),
                    s.files() == 0 ? 0 : s.bytes() / s.files(), s.bytes() / checks);
        }
        System.out.printf(Locale.ROOT, "%-20s %12d %8s %10s %10d%n", "total", size.total(), "", "",
                size.total() / checks);
        System.out.printf(Locale.ROOT, "%d checks; at this rate 1 GB holds %d checks%n", size.checks(),
                SiteSize.PAGES_LIMIT / Math.max(1, size.total() / checks));
    }
}
