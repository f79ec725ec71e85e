package org.factpress.build;

import java.nio.file.Path;
import java.util.Map;

/** Lets tests in other packages compare two output trees. */
public final class ThreadsTestAccess {
    private ThreadsTestAccess() {}

    /** Every file under {@code root}, by relative path, with its SHA-256. */
    public static Map<String, String> tree(Path root) throws Exception {
        return ThreadsTest.tree(root);
    }
}
