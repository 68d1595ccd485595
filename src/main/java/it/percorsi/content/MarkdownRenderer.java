package it.percorsi.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import it.percorsi.content.internal.Markdown;
import it.percorsi.content.internal.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, for guides and for text written by users (tickets). Built for
 * untrusted input: raw HTML is escaped by flexmark, then every link, image and attribute is
 * checked and the result is cleaned against an allowlist, so no input can run script.
 * Stateless and thread-safe; it reads no data, so it needs no authorisation.
 */
@Component
public class MarkdownRenderer {

    public RenderedMarkdown render(String markdown, RenderOptions options) {
        Document document = Markdown.parse(markdown);
        if (options.stripLeadingTitle() && document.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
            h.unlink();
        }
        if (options.headingOffset() > 0) {
            List<Heading> headings = new ArrayList<>();
            collectHeadings(document, headings);
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + options.headingOffset())));
        }
        SafeHtml.Result result = SafeHtml.process(Markdown.render(document), options);
        return new RenderedMarkdown(result.html(), result.toc(), result.guideLinks(), result.toolLinks(),
                result.words());
    }

    /** Text written by a user: sanitised HTML with prefixed ids and headings from h4 down. */
    public String renderUntrusted(String markdown) {
        return render(markdown, RenderOptions.untrusted()).html();
    }

    private static void collectHeadings(Node node, List<Heading> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                into.add(h);
            }
            collectHeadings(child, into);
        }
    }
}
