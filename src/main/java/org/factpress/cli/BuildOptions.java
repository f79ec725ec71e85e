package org.factpress.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** The values of build's options that picocli cannot judge by type alone: a mistake is a usage error. */
final class BuildOptions {
    private BuildOptions() {}

    /** --base-url: an absolute http(s) URL. */
    static final class BaseUrl implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String url) {
            if (!url.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                throw new CommandLine.TypeConversionException("'" + url + "' is not an absolute http(s) URL;"
                        + " write it as e.g. https://example.org/factpress/");
            }
            return url;
        }
    }

    /** --threads: 1 or more. */
    static final class Threads implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int n;
            try {
                n = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a number of threads; give 1 or more");
            }
            return n;
        }
    }

    /** --size-budget: bytes, or a number with KB, MB or GB (decimal, as GitHub counts). */
    static final class Size implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB)?\\s*");

        @Override
        public Long convert(String size) {
            long bytes = bytes(size);
            if (bytes < 1) {
                throw new CommandLine.TypeConversionException("'" + size + "' is not a size; write e.g. 1GB, 500MB"
                        + " or 40000 (bytes)");
            }
            return bytes;
        }

        /** The bytes {@code size} says; -1 when it says none. */
        static long bytes(String size) {
            Matcher m = SIZE.matcher(size);
            if (!m.matches()) {
                return -1;
            }
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            long scale = switch (unit) {
                case "KB" -> 1_000L;
                case "MB" -> 1_000_000L;
                case "GB" -> 1_000_000_000L;
                default -> 1L;
            };
            return (long) (Double.parseDouble(m.group(1)) * scale);
        }
    }
}
