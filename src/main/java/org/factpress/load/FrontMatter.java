package org.factpress.load;

import java.nio.file.Path;
import org.factpress.diagnostics.Position;

/** A Markdown file split into its YAML front matter (between {@code ---} lines) and its body. */
record FrontMatter(YamlTree yaml, String body, int bodyLine) {

    static FrontMatter parse(Path file, String text) throws ContentError {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new ContentError(new Position(file, 1, 1), "no front matter: the file must start with a line '---'",
                    "put the YAML fields between two '---' lines at the top");
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ContentError(new Position(file, 1, 1), "front matter is not closed",
                    "add a line '---' after the last field");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        // Front matter starts on line 2 (after '---'); the body on the line after the closing '---'.
        return new FrontMatter(YamlTree.parse(file, yaml.toString(), 2), body.toString(), close + 2);
    }
}
