package it.percorsi.toolbox;

import com.vladsch.flexmark.docx.converter.DocxRenderer;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * A tool's markdown as a Word document (flexmark's DOCX converter): headings stay headings and
 * tables stay tables. Links between library pages become links to the portal; raw HTML is
 * dropped, as on the portal page.
 */
final class DocxExport {

    private static final Pattern PORTAL_LINK = Pattern.compile("\\]\\((guide|tool):([a-z0-9-]+)(#[^)\\s]*)?\\)");

    private final MutableDataSet options;
    private final Parser parser;
    private final DocxRenderer renderer;
    private final String baseUrl;

    DocxExport(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                DefinitionExtension.create(), TaskListExtension.create(), StrikethroughExtension.create()));
        options.set(DocxRenderer.SUPPRESS_HTML, true);
        options.set(DocxRenderer.DEFAULT_CONTENT_RESOLVER, false);
        parser = Parser.builder(options).build();
        renderer = DocxRenderer.builder(options).build();
    }

    byte[] export(String markdown) {
        Node document = parser.parse(absoluteLinks(markdown));
        WordprocessingMLPackage word = DocxRenderer.getDefaultTemplate();
        renderer.render(document, word);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            word.save(out);
        } catch (Docx4JException e) {
            throw new IllegalStateException("could not write the Word document", e);
        }
        return out.toByteArray();
    }

    /** guide:slug and tool:slug point at the portal pages, which a Word reader can open. */
    String absoluteLinks(String markdown) {
        Matcher m = PORTAL_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group(1).equals("guide") ? "guide/" : "strumenti/";
            m.appendReplacement(out, Matcher.quoteReplacement("](" + baseUrl + "/" + path + m.group(2)
                    + (m.group(3) == null ? "" : m.group(3)) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
