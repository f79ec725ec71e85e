package org.factpress.load;

import java.util.Locale;

/**
 * What to do about a YAML syntax error, in an editor's terms: the parser says "expected &lt;block end&gt;"; the
 * editor needs "indent with spaces, two per level" or "put the value in double quotes".
 */
final class YamlAdvice {
    private YamlAdvice() {}

    /**
     * The fix for the parser's {@code problem} at {@code column} of {@code line} (the text of the line it points at,
     * or null).
     */
    static String of(String problem, String line, int column) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("'\\t'") || (line != null && line.startsWith("\t")) || (line != null && line.matches("^ *\t.*"))) {
            return "indent with spaces, two per level: YAML does not allow tabs";
        }
        boolean colonInValue = line != null && column >= 1 && line.substring(0, Math.min(line.length(), column - 1))
                .contains(": ");
        if (p.contains("mapping values are not allowed") && colonInValue) {
            return "a value that contains ': ' must be in double quotes: put the value in double quotes,"
                    + " e.g. title: \"Bridge: what it cost\"";
        }
        if (p.contains("cannot start any token") || p.contains("expected alphabetic or numeric character")
                || p.contains("found undefined")) {
            return "put the value in double quotes: YAML reads a value that starts with @, `, *, & or ! as markup";
        }
        if (p.contains("found unknown escape character")) {
            return "inside double quotes a backslash starts an escape: write \\\\ for a backslash, or use single quotes";
        }
        if (p.contains("unexpected end of stream") || p.contains("found unexpected end")) {
            return "close the quote: a value that starts with \" must end with \" on the same value";
        }
        if (p.contains("could not find expected ':'")) {
            return "write each field as 'name: value', with a space after the colon; a value that goes on over"
                    + " several lines must be in double quotes";
        }
        if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-'") || p.contains("bad indentation")
                || p.contains("while parsing a block") || p.contains("mapping values are not allowed")) {
            return "line this field up with the fields beside it: indent with spaces, two per level; a value that"
                    + " contains ': ' or ' #' goes in double quotes";
        }
        return "indent with spaces, two per level, and put a value that contains ': ' or ' #' in double quotes";
    }
}
