package org.factpress.cli;

import java.nio.file.Path;

/** Test helpers of the command-line tests, for tests in other packages. */
public final class MainTestAccess {
    private MainTestAccess() {}

    /** Copies a folder tree, e.g. the theme, to change it in a test. */
    public static void copyTree(Path from, Path to) throws Exception {
        MainTest.copyTree(from, to);
    }
}
