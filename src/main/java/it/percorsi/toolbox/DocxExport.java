package it.percorsi.toolbox;

import it.percorsi.content.ContentRoutes;
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
    private final java.util.function.Supplier<String> baseUrl;

    DocxExport(String baseUrl) {
        this(() -> baseUrl);
    }

    /** The base URL is asked at each export: the server's own address is known only once it listens. */
    DocxExport(java.util.function.Supplier<String> baseUrl) {
        this.baseUrl = () -> {
            String url = baseUrl.get();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        };
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
        String base = baseUrl.get();
        Matcher m = PORTAL_LINK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String route = m.group(1).equals("guide") ? ContentRoutes.guide(m.group(2)) : ContentRoutes.tool(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement("](" + base + "/" + route
                    + (m.group(3) == null ? "" : m.group(3)) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
