package org.factpress.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages remove a folder the way factpress does. */
public final class OutputFolderTestAccess {
    private OutputFolderTestAccess() {}

    public static void deleteTree(Path p) throws IOException {
        OutputFolder.deleteTree(p);
    }
}
