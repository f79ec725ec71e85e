package org.factpress.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What made a build, besides its content and theme: the factpress code, the options that change the output and the
 * environment as read once at the entry point. Every memo kept on disk is keyed on it, so a memo made by other
 * code, other options or another SOURCE_DATE_EPOCH is never taken as this build's.
 *
 * @param code            factpress's version and, run from a jar, a checksum of the jar's bytes ({@link #codeOf})
 * @param pdf             whether the build makes PDFs
 * @param baseUrl         the --base-url given, or null for site.yaml's
 * @param sourceDateEpoch SOURCE_DATE_EPOCH as the entry point read it, or null
 * @param print           what else changes a PDF's bytes under the same input (the compression level)
 */
public record BuildIdentity(String code, boolean pdf, String baseUrl, String sourceDateEpoch, String print) {

    /** One text that differs whenever any part does: what memos on disk record and compare. */
    public String key() {
        return BuildCache.hash(String.join("\u0000", code, String.valueOf(pdf), String.valueOf(baseUrl),
                String.valueOf(sourceDateEpoch), String.valueOf(print)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Which factpress {@code anchor} belongs to: its version and, run from a jar, a checksum of the jar's bytes, so
     * that a jar with other code under the same version does not take an earlier build's memos as its own, while
     * the same code rebuilt (the jar is reproducible) keeps them.
     */
    public static String codeOf(Class<?> anchor) {
        String id = "factpress " + anchor.getPackage().getImplementationVersion();
        try {
            Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                id += " " + BuildCache.checksum(Files.readAllBytes(code));
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // where the code came from is unknown: the version alone
        }
        return id;
    }
}
