package org.factpress.publish;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages remove a folder the way factpress does. */
public final class OutputFolderTestAccess {
    private OutputFolderTestAccess() {}

    public static void deleteTree(Path p) throws IOException {
        OutputFolder.deleteTree(p);
    }

    /** Waits for the background deletions of this JVM, as a build does before it returns. */
    public static void awaitSweeps() {
        try {
            OutputFolder.awaitSweeps();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves {@code folder} as a killed build would: what it staged stays, its lock is released. */
    public static void kill(OutputFolder folder) throws IOException {
        folder.abandon();
    }
}
