package it.percorsi.content.internal;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark configuration: the validator parses with it (so it sees the same links the
 * reader renders) and the renderer renders with it. Parser and renderer are immutable and
 * thread-safe once built.
 */
public final class Markdown {

    /** Raw HTML is escaped (shown as text), never passed through: see SafeHtml for the second line of defence. */
    static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                    DefinitionExtension.create(), AnchorLinkExtension.create(), TaskListExtension.create(),
                    StrikethroughExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
            .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
            .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
            .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor")
            .set(TablesExtension.CLASS_NAME, "")
            .set(TablesExtension.MIN_HEADER_ROWS, 1)
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Markdown() {
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    public static String render(Document document) {
        return RENDERER.render(document);
    }
}
