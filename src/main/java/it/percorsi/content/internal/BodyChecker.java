package it.percorsi.content.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import static it.percorsi.content.ContentLimits.BODY_MAX_LENGTH;

import it.percorsi.content.ContentIndex;

/**
 * Checks the markdown body of a file: it is not empty, and every link and image points to
 * something that exists and that the renderer will keep. It parses with the renderer's own
 * flexmark configuration, so what passes here is exactly what the reader shows.
 */
final class BodyChecker {

    private BodyChecker() {
    }

    static void check(SourceFile source, ContentIndex index, ImageCatalog.Scan images) {
        if (source.body.isBlank()) {
            source.problem(Math.max(1, source.bodyStartLine - 1), "the text after the front matter is empty");
            return;
        }
        checkBodyLength(source);
        Document document = Markdown.parse(source.body);
        visit(document, document, source, index, images);
    }

    private static void checkBodyLength(SourceFile source) {
        if (source.body.length() > BODY_MAX_LENGTH) {
            source.problem(source.bodyStartLine, "the text is too long (" + source.body.length()
                    + " characters, at most " + BODY_MAX_LENGTH + ")");
        }
    }

    private static void visit(Node node, Document document, SourceFile source, ContentIndex index,
                              ImageCatalog.Scan images) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            // Lines are computed only for nodes that are checked: getLineNumber scans the text.
            java.util.function.IntSupplier line = lineOf(child, document, source);
            switch (child) {
                case Image image -> checkImage(image.getUrl().unescape(), line, source, images);
                case Link link -> checkLink(link.getUrl().unescape(), line, source, index);
                case AutoLink link -> checkLink(link.getUrl().unescape(), line, source, index);
                case Reference ref -> {
                    String url = ref.getUrl().unescape();
                    if (url.startsWith("images/")) {
                        checkImage(url, line, source, images);
                    } else {
                        checkLink(url, line, source, index);
                    }
                }
                default -> { }
            }
            visit(child, document, source, index, images);
        }
    }

    private static java.util.function.IntSupplier lineOf(Node node, Document document, SourceFile source) {
        return () -> source.bodyStartLine + document.getLineNumber(node.getStartOffset());
    }

    private static void checkLink(String url, java.util.function.IntSupplier line, SourceFile source,
                                  ContentIndex index) {
        switch (LinkTarget.ofLink(url)) {
            case LinkTarget.Guide g when !index.hasGuide(g.slug()) ->
                    source.problem(line.getAsInt(), "link to a guide that does not exist: 'guide:" + g.slug() + "'");
            case LinkTarget.Tool t when !index.hasTool(t.slug()) ->
                    source.problem(line.getAsInt(), "link to a tool that does not exist: 'tool:" + t.slug() + "'");
            case LinkTarget.Relative r -> source.problem(line.getAsInt(), "relative link '" + url
                    + "' is not allowed: link guides as guide:slug, tools as tool:slug, web pages as https://...");
            case LinkTarget.Rejected r -> source.problem(line.getAsInt(), "link not allowed: '" + printable(url) + "' ("
                    + r.reason() + "); use guide:slug, tool:slug, https://... or mailto:");
            default -> { }
        }
    }

    private static void checkImage(String url, java.util.function.IntSupplier supplier, SourceFile source,
                                   ImageCatalog.Scan images) {
        int line = supplier.getAsInt();
        if (!(LinkTarget.ofImage(url) instanceof LinkTarget.ContentImage image)) {
            source.problem(line, "image not allowed: '" + printable(url)
                    + "': images must be png, jpg, gif or webp files in images/, written images/name.png");
            return;
        }
        if (!images.contains(image.path())) {
            source.problem(line, "image not found: " + url + " (put the file in images/)");
        }
    }

    private static String printable(String url) {
        StringBuilder sb = new StringBuilder();
        url.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
