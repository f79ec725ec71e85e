package org.factpress.text;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Plain text as flexmark renders it, without flexmark's regular expressions where there is nothing for them to do.
 * flexmark unescapes every text node (backslash escapes, entities), normalises its line ends and escapes it for
 * HTML, each with a regular expression, for every text node. A text with no
 * backslash, no ampersand and no carriage return needs only the escaping of {@code <}, {@code >} and {@code "},
 * done here in one pass with flexmark's entities; any other text is rendered by flexmark itself. The HTML is the
 * same either way ({@code TextRenderingTest}).
 */
final class TextRendering implements NodeRenderer {
    static final NodeRendererFactory FACTORY = new NodeRendererFactory() {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new TextRendering();
        }
    };

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, TextRendering::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String escaped = escaped(node.getChars());
        if (escaped == null) {
            context.delegateRender();
        } else {
            html.raw(escaped);
        }
    }

    /** {@code text} escaped as flexmark escapes it, or null when flexmark must unescape or normalise it first. */
    static String escaped(CharSequence text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '&', '\r' -> {
                    return null;
                }
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
