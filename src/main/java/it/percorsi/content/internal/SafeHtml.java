package it.percorsi.content.internal;

import it.percorsi.content.ContentRoutes;
import it.percorsi.content.RenderOptions;
import it.percorsi.content.TocEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns flexmark's HTML into what the portal shows: links by slug become routes, every other
 * address is checked by {@link LinkTarget}, ids get the caller's prefix, tables get a scroll
 * box, and finally the whole fragment is cleaned against an allowlist. The allowlist is the
 * guarantee: even if a step above missed something, nothing outside it reaches the page.
 */
public final class SafeHtml {

    private static final String BASE_URI = "https://percorsi.invalid/";
    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "dl",
                    "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "sup", "a", "img", "div", "span")
            .addTags(HEADINGS)
            .addAttributes("a", "href", "class", "rel", "aria-label", "router-ignore")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("li", "id", "class")
            .addAttributes("sup", "id")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("code", "class")
            .addAttributes("div", "class", "tabindex")
            .addAttributes("span", "class", "aria-hidden")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    static {
        for (String h : HEADINGS) {
            SAFELIST.addAttributes(h, "id");
        }
    }

    /** The result of one pass: the clean HTML and what was found on the way. */
    public record Result(String html, List<TocEntry> toc, List<String> guideLinks, List<String> toolLinks,
                         int words) {
    }

    private SafeHtml() {
    }

    public static Result process(String flexmarkHtml, RenderOptions options) {
        Document doc = Jsoup.parseBodyFragment(flexmarkHtml, BASE_URI);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        String prefix = options.idPrefix();
        if (!prefix.isEmpty()) {
            for (Element e : body.select("[id]")) {
                e.attr("id", prefix + e.attr("id"));
            }
        }
        Set<String> guides = new LinkedHashSet<>();
        Set<String> tools = new LinkedHashSet<>();
        for (Element a : body.select("a")) {
            rewriteLink(a, options, guides, tools);
        }
        for (Element img : body.select("img")) {
            rewriteImage(img);
        }
        for (Element input : body.select("input")) {
            taskMark(input);
        }
        for (Element table : body.select("table")) {
            table.wrap("<div class=\"md-table\" tabindex=\"0\"></div>");
        }
        List<TocEntry> toc = headings(body);
        int words = countWords(body.text());
        // Cleaned as a document (not re-parsed from text): same allowlist, one parse less.
        Document clean = new Cleaner(SAFELIST).clean(doc);
        // Characters beyond Latin-1 (☐, —, →) are written as character references: the browser shows the same
        // text, and the string stays in Java's one-byte-per-character form, half the memory of the guide text
        // wherever it is held (the render cache, the UI state, Vaadin's copy of the last response: issue 14).
        clean.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new Result(clean.body().html(), toc, List.copyOf(guides), List.copyOf(tools), words);
    }

    /**
     * A task-list box in a guide is a reminder, not a form control: a disabled, unlabelled checkbox
     * is an accessibility error (axe: label), so it becomes a symbol hidden from screen readers,
     * and a ticked one says so in words.
     */
    private static void taskMark(Element input) {
        if (!"checkbox".equalsIgnoreCase(input.attr("type"))) {
            input.remove();
            return;
        }
        boolean checked = input.hasAttr("checked");
        Element mark = new Element("span").addClass("task-mark").attr("aria-hidden", "true").text(checked ? "\u2611" : "\u2610");
        input.before(mark);
        if (checked) {
            input.before(new Element("span").addClass("visually-hidden").text("(fatto) "));
        }
        input.remove();
    }

    private static void rewriteLink(Element a, RenderOptions options, Set<String> guides, Set<String> tools) {
        if (!a.hasAttr("href")) {
            a.unwrap();
            return;
        }
        String self = options.selfRoute() == null ? "" : options.selfRoute();
        switch (LinkTarget.ofLink(a.attr("href"))) {
            case LinkTarget.Guide g -> {
                guides.add(g.slug());
                a.attr("href", ContentRoutes.guide(g.slug()) + fragment(g.fragment(), options));
            }
            case LinkTarget.Tool t -> {
                tools.add(t.slug());
                a.attr("href", ContentRoutes.tool(t.slug()) + fragment(t.fragment(), options));
            }
            // The browser scrolls by itself; Vaadin's router must not treat it as a navigation.
            case LinkTarget.Fragment f -> a.attr("href", self + "#" + options.idPrefix() + f.id())
                    .attr("router-ignore", true);
            case LinkTarget.External e -> a.attr("rel", "nofollow noopener noreferrer");
            case LinkTarget.Mail m -> a.attr("rel", "nofollow");
            case LinkTarget.Relative r -> { }
            case LinkTarget.ContentImage i -> a.unwrap();
            case LinkTarget.Rejected r -> a.unwrap();
        }
    }

    private static String fragment(String fragment, RenderOptions options) {
        return fragment == null || fragment.isEmpty() ? "" : "#" + options.idPrefix() + fragment;
    }

    private static void rewriteImage(Element img) {
        if (LinkTarget.ofImage(img.attr("src")) instanceof LinkTarget.ContentImage image) {
            img.attr("src", ContentRoutes.image(image.path()));
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
        } else {
            img.replaceWith(new TextNode(img.attr("alt")));
        }
    }

    /** Collects the two top heading levels for the table of contents and finishes the heading anchors. */
    private static List<TocEntry> headings(Element body) {
        List<Element> headings = body.select("h1, h2, h3, h4, h5, h6").stream().filter(h -> h.hasAttr("id")).toList();
        int top = headings.stream().mapToInt(SafeHtml::level).min().orElse(0);
        List<TocEntry> toc = new ArrayList<>();
        for (Element h : headings) {
            Element anchor = h.selectFirst("a.heading-anchor");
            if (anchor != null) {
                anchor.remove();
            }
            String text = h.text().strip();
            if (anchor != null && anchor.hasAttr("href")) {
                // Moved after the text so keyboard and screen-reader users meet the heading first.
                anchor.text("#").attr("aria-label", text);
                h.appendChild(anchor);
            }
            int depth = level(h) - top + 1;
            if (depth <= 2 && !text.isEmpty()) {
                toc.add(new TocEntry(h.id(), text, depth));
            }
        }
        return toc;
    }

    private static int level(Element h) {
        return h.tagName().charAt(1) - '0';
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
