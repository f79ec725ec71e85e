package org.factpress;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factpress.build.SiteBuild;

/**
 * The fixture desks under src/test/resources/sites/, by name: content folders the tests check, build and read,
 * so that no test depends on the desk's own content/.
 */
public final class TestSites {
    /** Where the fixture desks live, relative to the project folder Maven runs the tests in. */
    public static final Path ROOT = Path.of("src/test/resources/sites");
    /** The theme every test builds with. */
    public static final Path TEMPLATES = Path.of("templates");

    private TestSites() {}

    /** The content folder of the fixture desk {@code name} (e.g. "example"). */
    public static Path content(String name) {
        Path dir = ROOT.resolve(name);
        if (!Files.isRegularFile(dir.resolve("site.yaml"))) {
            throw new IllegalArgumentException("no fixture site " + dir + " (it needs a site.yaml)");
        }
        return dir;
    }

    /** Checks and builds the fixture desk {@code name} into {@code out}; fails on any content error. */
    public static SiteBuild.Checked build(String name, Path out, String baseUrl, boolean briefs) throws Exception {
        SiteBuild.Checked r = SiteBuild.build(new SiteBuild.Options(content(name), TEMPLATES, out, baseUrl, briefs));
        if (r.problems().hasErrors()) {
            throw new AssertionError("fixture site " + name + " has errors: " + r.problems().all());
        }
        return r;
    }
}
